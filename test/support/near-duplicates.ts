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

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function buildLabelledSet(options: {
  people: number;
  seed: number;
  duplicateRate?: number;
  namesakeRate?: number;
}): LabelledSet {
  const faker = new Faker({ locale: [en] });
  faker.seed(options.seed);
  const duplicateRate = options.duplicateRate ?? 0.25;
  const namesakeRate = options.namesakeRate ?? 0.05;
  const people: DedupePerson[] = [];
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

    if (faker.number.float() < namesakeRate) {
      people.push(
        make(given, family, {
          company: faker.company.name(),
          location: faker.location.city(),
          emails: [{ value: faker.internet.email().toLowerCase(), label: null }],
        }),
      );
    }
    if (faker.number.float() >= duplicateRate) continue;

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
  return { people: faker.helpers.shuffle(people), duplicates };
}
