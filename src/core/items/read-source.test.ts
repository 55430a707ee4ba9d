import { describe, expect, it } from 'vitest';
import { readSource } from './read-source.js';

const noFetching = () => Promise.reject(new Error('no fetching in this test'));

describe('readSource', () => {
  it('leaves out the menu and footer of a whole page copied from the browser, and titles it by its headline', async () => {
    // The visible text of a sample article page (a menu, the article, related links, a footer), as Ctrl+A, Ctrl+C copies it.
    const text = [
      'Home · Subscribe · Advertise',
      'What warehouse automation really costs',
      'By Imani Clarke · 4 November 2026',
      'Autonomous mobile robots and goods-to-person picking systems promise to cut labour costs.',
      '',
      'Related',
      'Ten tips for your next trade show',
      '© 2026 The Logistics Review · Privacy',
      '',
    ].join('\n');
    const read = await readSource({ text }, noFetching);
    expect(read.title).toBe('What warehouse automation really costs');
    expect(read.text.startsWith('What warehouse automation really costs\nBy Imani Clarke')).toBe(true);
    expect(read.text).not.toMatch(/Subscribe|Privacy/);
  });

  it('keeps text that only looks a little like a menu: a byline, two parts, long parts', async () => {
    for (const first of [
      'By Imani Clarke · 4 November 2026',
      'Supply chain · Forecasting',
      'Robots in the warehouse · what they cost · and who should buy them first',
      'Data Engineer · Berlin · Full-time',
    ]) {
      expect((await readSource({ text: `${first}\nThe rest.` }, noFetching)).title).toBe(first);
    }
  });
});
