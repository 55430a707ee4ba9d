import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bm25Rank } from '../../bench/give-first/bm25.js';
import { items } from '../../bench/give-first/items.js';
import { ndcgAt, precisionAt } from '../../bench/give-first/metrics.js';
import { people } from '../../bench/give-first/people.js';

describe('the give-first labelled set', () => {
  it('has at least 100 people and 30 items across at least 8 industries, the two fixture pages among them', () => {
    expect(people.length).toBeGreaterThanOrEqual(100);
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(items.filter((item) => item.half === 'B').length).toBeGreaterThanOrEqual(15);
    expect(new Set(people.map((p) => p.industry).filter(Boolean)).size).toBeGreaterThanOrEqual(8);
    expect(items.filter((item) => item.page).map((item) => item.page)).toEqual([
      'article-warehouse-automation.html',
      'job-senior-data-engineer.html',
    ]);
    for (const item of items.filter((i) => i.page)) {
      expect(existsSync(join(import.meta.dirname, '../../bench/give-first/pages', item.page ?? ''))).toBe(true);
    }
  });

  it('grades only people who exist, and every item has someone clearly relevant', () => {
    const ids = new Set(people.map((p) => p.id));
    expect(ids.size).toBe(people.length);
    for (const item of items) {
      for (const id of Object.keys(item.relevant)) expect(ids.has(id), `${item.id}: ${id}`).toBe(true);
      expect(Object.values(item.relevant)).toContain(2);
    }
  });
});

describe('ranking metrics', () => {
  const relevant = { a: 2, b: 1 };
  it('computes nDCG@k with graded gains and precision@k', () => {
    expect(ndcgAt(5, ['a', 'b', 'x'], relevant)).toBe(1);
    expect(ndcgAt(5, ['b', 'a'], relevant)).toBeCloseTo((1 + 3 / Math.log2(3)) / (3 + 1 / Math.log2(3)), 10);
    expect(ndcgAt(5, ['x', 'y'], relevant)).toBe(0);
    expect(precisionAt(3, ['a', 'x', 'b'], relevant)).toBeCloseTo(2 / 3, 10);
  });

  it('ranks by BM25, rarer shared words first', () => {
    const docs = [
      { id: 'common', text: 'data data data' },
      { id: 'rare', text: 'kafka streams' },
      { id: 'none', text: 'pottery' },
    ];
    for (let i = 0; i < 5; i++) docs.push({ id: `filler${i}`, text: 'data' });
    expect(bm25Rank(docs, 'kafka data').slice(0, 1)).toEqual(['rare']);
    expect(bm25Rank(docs, 'kafka data')).not.toContain('none');
  });
});
