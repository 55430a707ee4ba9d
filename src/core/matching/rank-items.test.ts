import { describe, expect, it } from 'vitest';
import type { MatchableItem } from './match-item.js';
import type { MatchablePerson } from './profile.js';
import { rankItemsForPerson } from './rank-items.js';

const grace: MatchablePerson = {
  id: 'grace',
  displayName: 'Grace Mensah',
  title: 'Events lead',
  company: null,
  industry: null,
  notes: null,
  topics: ['warehouse automation'],
  offers: [],
  needs: [],
  archived: false,
};

function item(id: string, title: string, text: string): MatchableItem & { id: string } {
  return { id, kind: 'article', title, text, topics: [], company: null, role: null };
}

const robots = item('robots', 'Warehouse automation in 2026', 'Robots now pick most orders in the largest warehouses.');
const bread = item('bread', 'Sourdough at home', 'Flour, water, salt and patience.');
const more = item(
  'more',
  'Warehouse automation: a field guide to warehouse automation',
  'Warehouse automation, from conveyors to robots: what warehouse automation costs.',
);

describe('rankItemsForPerson', () => {
  it('keeps only the items that meet the person, best first, with reasons', () => {
    const ranked = rankItemsForPerson(grace, [bread, robots, more]);
    expect(ranked.map((s) => s.item.id).sort()).toEqual(['more', 'robots']);
    expect(ranked[0]?.score).toBeGreaterThanOrEqual(ranked[1]?.score ?? 0);
    expect(ranked[0]?.reasons.join(' ')).toContain('warehouse automation');
  });

  it('leaves out items already shared and honours the limit', () => {
    expect(rankItemsForPerson(grace, [robots, more], { exclude: new Set(['more']) }).map((s) => s.item.id)).toEqual([
      'robots',
    ]);
    expect(rankItemsForPerson(grace, [robots, more], { limit: 1 })).toHaveLength(1);
  });
});
