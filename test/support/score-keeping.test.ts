import { describe, expect, it } from 'vitest';
import { scoreKeepingTerms } from './score-keeping.js';

describe('scoreKeepingTerms', () => {
  it('finds score-keeping keys and words, and lets ordinary give-first words through', () => {
    expect(scoreKeepingTerms({ favoursOwed: 2 })).toEqual(['$.favoursOwed']);
    expect(scoreKeepingTerms({ shareCount: 1, giveTakeRatio: 0.5 })).toHaveLength(2);
    expect(scoreKeepingTerms([{ note: 'she owes you one' }])).toEqual(['$[0].note: she owes you one']);
    expect(scoreKeepingTerms({ balance: 3 })).toEqual(['$.balance']);
    expect(
      scoreKeepingTerms({
        status: 'followed-up',
        sharedWith: [],
        reasons: ['interested in data contracts'],
        score: 3.2,
      }),
    ).toEqual([]);
  });
});
