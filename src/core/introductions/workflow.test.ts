import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/dates.js';
import { allowedNext, canMove } from './workflow.js';

describe('introduction workflow', () => {
  it('asks A, then B, before an introduction is made, and follows up only after', () => {
    expect(canMove('suggested', 'asked-a')).toBe(true);
    expect(canMove('asked-a', 'asked-b')).toBe(true);
    expect(canMove('asked-b', 'made')).toBe(true);
    expect(canMove('made', 'followed-up')).toBe(true);
    expect(canMove('suggested', 'made')).toBe(false);
    expect(canMove('asked-a', 'made')).toBe(false);
    expect(canMove('suggested', 'followed-up')).toBe(false);
  });

  it('lets either person decline before it is made, and ends there', () => {
    expect(canMove('suggested', 'declined')).toBe(true);
    expect(canMove('asked-b', 'declined')).toBe(true);
    expect(canMove('made', 'declined')).toBe(false);
    expect(allowedNext('declined')).toEqual([]);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-20', 21)).toBe('2027-01-10');
    expect(addDays('2026-02-20', 9)).toBe('2026-03-01');
  });
});
