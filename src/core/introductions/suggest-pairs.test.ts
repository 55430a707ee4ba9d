import { describe, expect, it } from 'vitest';
import type { MatchablePerson } from '../matching/profile.js';
import { pairKey, suggestPairs } from './suggest-pairs.js';

function person(id: string, fields: Partial<MatchablePerson> = {}): MatchablePerson {
  return {
    id,
    displayName: id[0]?.toUpperCase() + id.slice(1),
    title: null,
    company: null,
    industry: null,
    notes: null,
    topics: [],
    offers: [],
    needs: [],
    archived: false,
    ...fields,
  };
}

describe('suggestPairs', () => {
  const ada = person('ada', { needs: ['hiring demand planners'] });
  const amara = person('amara', { offers: ['demand forecasting mentoring'] });
  const kenji = person('kenji', { needs: ['advice on k8s upgrades'], offers: ['talks on event streaming'] });
  const mei = person('mei', { offers: ['kubernetes platform reviews'], needs: ['a speaker on kafka'] });

  it('pairs a need with an offer that meets it, with the reason in words', () => {
    const [first] = suggestPairs([ada, amara]);
    expect(first).toMatchObject({ personA: { id: 'ada' }, personB: { id: 'amara' } });
    expect(first?.reasons).toEqual(['Ada is hiring demand planners; Amara can help with demand forecasting mentoring']);
  });

  it("does not pair two kinds of mentoring, or a speaker's slots with a supply chain need", () => {
    const sara = person('sara', { needs: ['mentoring on system design', 'supply chain expertise for hospitals'] });
    const tom = person('tom', { offers: ['mentoring fintech founders', 'speaking slots'] });
    expect(suggestPairs([sara, tom])).toEqual([]);
    // Mentoring on what they both name still meets.
    const uma = person('uma', { offers: ['mentoring on software architecture'] });
    expect(suggestPairs([sara, uma])[0]?.reasons).toEqual([
      'Sara is looking for mentoring on system design; Uma can help with mentoring on software architecture',
    ]);
  });

  it('pairs a related subject only when the offer helps in a way the need asks for', () => {
    const ryley = person('ryley', { needs: ['better forecasting tools', 'an FP&A manager role'] });
    const jess = person('jess', { offers: ['mentoring supply chain managers', 'investor introductions'] });
    expect(suggestPairs([ryley, jess])).toEqual([]);
    // Asked for a mentor, a mentor on a neighbouring field is welcome.
    const lee = person('lee', { needs: ['a mentor in logistics'] });
    expect(suggestPairs([lee, jess])[0]?.reasons).toEqual([
      'Lee is looking for a mentor in logistics; Jess can help with mentoring supply chain managers',
    ]);
  });

  it('ranks pairs who can help each other above one-way matches', () => {
    const suggestions = suggestPairs([ada, amara, kenji, mei]);
    expect(suggestions.map((s) => pairKey(s.personA.id, s.personB.id))).toEqual([
      pairKey('kenji', 'mei'),
      pairKey('ada', 'amara'),
    ]);
    expect(suggestions[0]?.reasons).toHaveLength(2);
  });

  it('leaves out pairs who already know each other or were already introduced', () => {
    expect(suggestPairs([ada, amara], { acquainted: new Set([pairKey('amara', 'ada')]) })).toEqual([]);
  });

  it('leaves out archived people and people whose needs nobody offers', () => {
    expect(suggestPairs([ada, { ...amara, archived: true }])).toEqual([]);
    expect(suggestPairs([ada, person('bo', { offers: ['pottery lessons'] })])).toEqual([]);
  });
});
