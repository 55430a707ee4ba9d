import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/support/fixtures.js';
import { readSource } from './read-source.js';

const noFetching = () => Promise.reject(new Error('no fetching in this test'));

/** The visible text of a job listing page (its header's one link, the listing, its footer), as Ctrl+A, Ctrl+C copies it. */
const jobText = fixture('pages/job-copied-text.txt');

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

  it('reads a job listing’s copied text as its page is read: the headline, not the header’s link, and the job’s facts', async () => {
    const read = await readSource({ text: jobText }, noFetching);
    expect(read).toMatchObject({
      title: 'Senior Data Engineer – Streaming Platform',
      looksLikeJob: true,
      company: 'Trey Research',
      role: 'Senior Data Engineer – Streaming Platform',
      location: 'Madrid, Spain (hybrid)',
    });
    expect(read.text.startsWith('Senior Data Engineer')).toBe(true);
    for (const link of ['← Back to all jobs', 'Careers', 'See all events', 'Home']) {
      expect((await readSource({ text: `${link}\nForecasting for planners\nThe rest.` }, noFetching)).title).toBe(
        'Forecasting for planners',
      );
    }
  });

  it('finds the facts of a job on one line, and none in an article’s first paragraph', async () => {
    const oneLine = await readSource(
      { text: 'Data Engineer\nTrey Research · Berlin, Germany · Full-time\n\nBuild pipelines.' },
      noFetching,
    );
    expect(oneLine).toMatchObject({ company: 'Trey Research', location: 'Berlin, Germany' });
    const article = await readSource(
      { text: 'What warehouse automation really costs\nRobots cut labour costs, if demand planning is good.' },
      noFetching,
    );
    expect(article).toMatchObject({ looksLikeJob: false, company: null, location: null });
  });

  it('reads pasted text as an article unless it has the words of a listing: "apply" or "if you have" are not enough', async () => {
    const article = await readSource(
      {
        text: 'Why supply chains stall\nBy Jane Doe\n\nIf you have ever waited for a part, you know. Apply the same rule to every supplier.',
      },
      noFetching,
    );
    expect(article.looksLikeJob).toBe(false);
    const listing = await readSource(
      {
        text: 'Demand Planner\nNorthwind\n\nAbout the role\nYou plan demand.\n\nRequirements\nThree years of planning.',
      },
      noFetching,
    );
    expect(listing.looksLikeJob).toBe(true);
    const titled = await readSource({ text: 'We are hiring: a buyer\nJoin our team in Leeds.' }, noFetching);
    expect(titled.looksLikeJob).toBe(true);
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
