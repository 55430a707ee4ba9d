import { describe, expect, it } from 'vitest';
import { buildPerson } from '../people/create-person.js';
import { industries } from './catalogue.js';
import { generateNetwork } from './generate-network.js';

describe('generateNetwork', () => {
  it('is the same for the same seed and different for another', () => {
    expect(generateNetwork({ people: 20, seed: 7 })).toEqual(generateNetwork({ people: 20, seed: 7 }));
    expect(generateNetwork({ people: 20, seed: 7 })).not.toEqual(generateNetwork({ people: 20, seed: 8 }));
  });

  it('makes valid people whose topics, offers and needs come from their role', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    for (const input of generateNetwork({ people: 300, seed: 1 })) {
      const person = buildPerson(input, now);
      const industry = industries.find((candidate) => candidate.name === person.industry);
      expect(industry).toBeDefined();
      const role = industry?.roles.find((candidate) => person.title?.endsWith(candidate.title));
      expect(role, `${person.title} in ${person.industry}`).toBeDefined();
      for (const need of person.needs) expect(role?.needs).toContain(need);
      for (const offer of person.offers) expect(role?.offers).toContain(offer);
      expect(person.topics.some((topic) => role?.topics.includes(topic))).toBe(true);
    }
  });
});
