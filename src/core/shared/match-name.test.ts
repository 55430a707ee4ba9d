import { describe, expect, it } from 'vitest';
import { matchByName } from './match-name.js';

const names = ['Logistics World 2024', 'Logistics World 2025', 'Société Générale Meetup'];
const match = (key: string) => matchByName(names, key, (name) => name);

describe('matchByName', () => {
  it('prefers an exact name, ignoring case and accents', () => {
    expect(match('logistics world 2024')).toEqual(['Logistics World 2024']);
    expect(match('societe generale meetup')).toEqual(['Société Générale Meetup']);
  });

  it('falls back to names holding every word, and may find several', () => {
    expect(match('world')).toEqual(['Logistics World 2024', 'Logistics World 2025']);
    expect(match('2025 logistics')).toEqual(['Logistics World 2025']);
    expect(match('nothing')).toEqual([]);
    expect(match('  ')).toEqual([]);
  });
});
