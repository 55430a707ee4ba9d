import { en, Faker } from '@faker-js/faker';
import type { DedupePerson } from '../../src/core/dedupe/find-duplicates.js';
import { nicknameFamily } from '../../src/core/dedupe/nicknames.js';

/**
 * A labelled set for dedupe: generated people, some with near-duplicates (typos,
 * nicknames, reordered names, a different or no email, a missing company) and some
 * with namesakes (same name, another person: different company, email and city),
 * plus the list of true duplicate pairs. Seeded, so every run builds the same set.
 */
export type LabelledSet = { people: DedupePerson[]; duplicates: Set<string> };

/**
 * The set with each person's cluster (an original and its near-duplicates, namesakes and
 * colleagues), so it can be split into halves that share no pair.
 */
export type ClusteredSet = LabelledSet & { cluster: Map<string, number> };

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function buildLabelledSet(options: {
  people: number;
  seed: number;
  duplicateRate?: number;
  namesakeRate?: number;
  /** Colleagues: the same given name at the same company, another family name (not duplicates). */
  colleagueRate?: number;
}): ClusteredSet {
  const faker = new Faker({ locale: [en] });
  faker.seed(options.seed);
  const duplicateRate = options.duplicateRate ?? 0.25;
  const namesakeRate = options.namesakeRate ?? 0.05;
  const colleagueRate = options.colleagueRate ?? 0.05;
  const people: DedupePerson[] = [];
  const cluster = new Map<string, number>();
  const duplicates = new Set<string>();
  let next = 0;
  const id = () => {
    next += 1;
    return `p${String(next).padStart(7, '0')}`;
  };

  const typo = (word: string): string => {
    if (word.length < 4) return word;
    const at = faker.number.int({ min: 1, max: word.length - 2 });
    const letter = faker.string.alpha({ length: 1, casing: 'lower' });
    switch (faker.number.int({ min: 0, max: 3 })) {
      case 0:
        return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
      case 1:
        return word.slice(0, at) + word.slice(at + 1);
      case 2:
        return word.slice(0, at) + letter + word.slice(at + 1);
      default:
        return word.slice(0, at) + letter + word.slice(at);
    }
  };
  const capitalized = (word: string) => (word[0]?.toUpperCase() ?? '') + word.slice(1);
  const make = (given: string, family: string, rest: Partial<DedupePerson>): DedupePerson => ({
    id: id(),
    displayName: `${given} ${family}`,
    givenName: given,
    familyName: family,
    company: null,
    location: null,
    emails: [],
    phones: [],
    ...rest,
  });

  for (let index = 0; index < options.people; index += 1) {
    const given = faker.person.firstName();
    const family = faker.person.lastName();
    const company = faker.company.name();
    const location = faker.location.city();
    // an index in the address keeps two generated namesakes from sharing one by chance
    const email = faker.internet.email({ firstName: given, lastName: `${family}${index}` }).toLowerCase();
    const original = make(given, family, { company, location, emails: [{ value: email, label: null }] });
    people.push(original);
    const firstOfCluster = people.length - 1;

    if (faker.number.float() < namesakeRate) {
      people.push(
        make(given, family, {
          company: faker.company.name(),
          location: faker.location.city(),
          emails: [{ value: faker.internet.email().toLowerCase(), label: null }],
        }),
      );
    }
    if (faker.number.float() < colleagueRate) {
      const other = faker.person.lastName();
      people.push(
        make(given, other, {
          company,
          location: faker.number.float() < 0.5 ? location : faker.location.city(),
          emails: [
            {
              value: faker.internet.email({ firstName: given, lastName: `${other}${index}` }).toLowerCase(),
              label: null,
            },
          ],
        }),
      );
    }
    if (faker.number.float() < duplicateRate) {
      let variantGiven = given;
      let variantFamily = family;
      let reordered = false;
      const changes = faker.helpers.arrayElements(['typo-family', 'typo-given', 'nickname', 'reorder'], {
        min: 1,
        max: 2,
      });
      for (const change of changes) {
        if (change === 'typo-family') variantFamily = typo(variantFamily);
        if (change === 'typo-given') variantGiven = typo(variantGiven);
        if (change === 'reorder') reordered = true;
        if (change === 'nickname') {
          const nicknames = nicknameFamily(given).slice(1);
          variantGiven = nicknames.length > 0 ? capitalized(faker.helpers.arrayElement(nicknames)) : typo(variantGiven);
        }
      }
      const emailChoice = faker.number.float();
      const variant = make(reordered ? variantFamily : variantGiven, reordered ? variantGiven : variantFamily, {
        company: faker.number.float() < 0.8 ? company : null,
        location: faker.number.float() < 0.5 ? location : null,
        emails:
          emailChoice < 0.2
            ? [{ value: email, label: null }]
            : emailChoice < 0.7
              ? [{ value: faker.internet.email().toLowerCase(), label: null }]
              : [],
      });
      if (reordered) {
        variant.givenName = null;
        variant.familyName = null;
      }
      people.push(variant);
      duplicates.add(pairKey(original.id, variant.id));
    }
    for (const person of people.slice(firstOfCluster)) cluster.set(person.id, index);
  }
  return { people: faker.helpers.shuffle(people), duplicates, cluster };
}

/** The set in two halves by cluster (even and odd), so no labelled pair crosses them: tune on one, report on the other. */
export function halves(set: ClusteredSet): [LabelledSet, LabelledSet] {
  const half = (parity: number): LabelledSet => {
    const people = set.people.filter((person) => (set.cluster.get(person.id) ?? 0) % 2 === parity);
    const ids = new Set(people.map((person) => person.id));
    const duplicates = new Set([...set.duplicates].filter((key) => ids.has(key.split('|')[0] ?? '')));
    return { people, duplicates };
  };
  return [half(0), half(1)];
}

/** Precision and recall of reported pairs against a labelled set. */
export function precisionRecall(
  set: LabelledSet,
  pairs: readonly { aId: string; bId: string }[],
): { precision: number; recall: number; reported: number; truePairs: number } {
  const found = new Set(pairs.map((pair) => pairKey(pair.aId, pair.bId)));
  const truePositives = [...found].filter((key) => set.duplicates.has(key)).length;
  return {
    precision: found.size === 0 ? 1 : truePositives / found.size,
    recall: set.duplicates.size === 0 ? 1 : truePositives / set.duplicates.size,
    reported: found.size,
    truePairs: set.duplicates.size,
  };
}
