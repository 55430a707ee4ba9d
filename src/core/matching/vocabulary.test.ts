import { describe, expect, it } from 'vitest';
import { tokenize } from './terms.js';
import { allConcepts, conceptName, findConcepts, parseVocabulary, vocabularyProblems } from './vocabulary.js';

const named = (text: string) => [...findConcepts(tokenize(text)).keys()].map(conceptName).sort();

describe('the vocabulary', () => {
  it('names only related concepts that exist, and gives no name to two concepts', () => {
    expect(vocabularyProblems(allConcepts())).toEqual([]);
  });

  it('finds a related name that is no concept, and a name given twice', () => {
    const broken = parseVocabulary('alpha, a1 > beta\ngamma, a1 > alpha');
    expect(vocabularyProblems(broken)).toEqual([
      '"alpha" relates to unknown "beta"',
      '"a1" names both "alpha" and "gamma"',
    ]);
  });

  it('covers fields beyond software', () => {
    const fields = [
      'health care',
      'construction',
      'energy',
      'finance',
      'hospitality',
      'education',
      'public sector',
      'trades',
      'food and beverage',
      'hr',
    ];
    const text = [
      'midwife',
      'site manager',
      'offshore wind',
      'private credit',
      'hotel',
      'phonics',
      'public tenders',
      'electrician',
      'haccp',
      'payroll',
    ];
    expect(text.map((words) => named(words).length > 0)).toEqual(fields.map(() => true));
  });

  it('counts an ambiguous name only beside its own field', () => {
    expect(named('labour and delivery')).toEqual(['midwifery']);
    expect(named('delivery vans and logistics')).toEqual(['last-mile delivery', 'logistics']);
    expect(named('our delivery of the programme')).toEqual([]);
    expect(named('CSS grid layouts')).toEqual([]);
    expect(named('battery storage keeps the grid stable')).toEqual(['energy storage', 'power grid']);
    expect(named('company culture')).toEqual(['company culture']);
    expect(named('cell culture in the lab')).toEqual(['laboratory science']);
    expect(named('the culture of the laboratory')).toEqual(['laboratory science']);
  });
});
