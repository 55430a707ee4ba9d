import { en, Faker } from '@faker-js/faker';
import type { CreatePersonInput, Tier } from '../people/schema.js';
import { generalTopics, industries, sharedTags } from './catalogue.js';

export type GenerateOptions = { people: number; seed?: number };

const tierWeights: readonly [Tier, number][] = [
  ['inner', 0.03],
  ['close', 0.1],
  ['regular', 0.35],
  ['acquaintance', 0.52],
];

/**
 * A realistic synthetic network, the same for the same seed: names, companies and
 * places from faker; title, industry, topics, offers and needs consistent with a role.
 */
export function generateNetwork(options: GenerateOptions): CreatePersonInput[] {
  const faker = new Faker({ locale: [en], seed: options.seed ?? 42 });
  const people: CreatePersonInput[] = [];
  const companies = new Map<string, string[]>();
  for (const industry of industries) {
    companies.set(
      industry.name,
      Array.from(
        { length: 40 },
        () => `${faker.company.name().split(/[ ,-]/)[0]} ${faker.helpers.arrayElement(industry.companySuffixes)}`,
      ),
    );
  }
  const cities = Array.from({ length: 60 }, () => faker.location.city());

  for (let index = 0; index < options.people; index++) {
    const industry = faker.helpers.arrayElement(industries);
    const role = faker.helpers.arrayElement(industry.roles);
    const givenName = faker.person.firstName();
    const familyName = faker.person.lastName();
    const company = faker.helpers.arrayElement(companies.get(industry.name) ?? ['Independent']);
    const domain = `${company.toLowerCase().replace(/[^a-z]/g, '')}.example`;
    const tier = faker.helpers.weightedArrayElement(tierWeights.map(([value, weight]) => ({ value, weight })));
    const topics = [
      ...faker.helpers.arrayElements(role.topics, { min: 2, max: Math.min(4, role.topics.length) }),
      ...(faker.datatype.boolean(0.3) ? [faker.helpers.arrayElement(generalTopics)] : []),
    ];
    const birthdayDate = faker.date.birthdate({ min: 24, max: 65, mode: 'age', refDate: new Date('2026-01-01') });
    const monthDay = birthdayDate.toISOString().slice(5, 10);
    people.push({
      displayName: `${givenName} ${familyName}`,
      givenName,
      familyName,
      title: faker.datatype.boolean(0.15) ? `Senior ${role.title}` : role.title,
      company,
      industry: industry.name,
      location: faker.helpers.arrayElement(cities),
      tier,
      emails: [
        {
          value: `${givenName}.${familyName}.${index}@${domain}`.toLowerCase().replace(/[^a-z0-9.@]/g, ''),
          label: 'work',
        },
      ],
      phones: faker.datatype.boolean(0.5)
        ? [{ value: faker.phone.number({ style: 'international' }), label: 'mobile' }]
        : [],
      tags: faker.helpers.arrayElements(sharedTags, { min: 0, max: 2 }),
      topics,
      offers: faker.helpers.arrayElements(role.offers, { min: 0, max: role.offers.length }),
      needs: faker.datatype.boolean(0.3) ? faker.helpers.arrayElements(role.needs, 1) : [],
      birthday: faker.datatype.boolean(0.4)
        ? faker.datatype.boolean(0.5)
          ? birthdayDate.toISOString().slice(0, 10)
          : `--${monthDay}`
        : null,
      howMet: faker.datatype.boolean(0.4)
        ? faker.helpers.arrayElement([
            `Met at ${faker.location.city()} ${industry.name} Summit`,
            `Introduced by a former colleague`,
            `Sat next to each other at a ${industry.name.toLowerCase()} meetup`,
            `Worked together at ${faker.helpers.arrayElement(companies.get(industry.name) ?? ['a previous job'])}`,
          ])
        : null,
      notes: faker.datatype.boolean(0.3)
        ? `Talked about ${faker.helpers.arrayElement(topics)}. ${faker.helpers.arrayElement([
            'Has two kids and loves hiking.',
            'Runs marathons.',
            'Moving to a new city next year.',
            'Writes a newsletter.',
            'Plays in a jazz band.',
          ])}`
        : null,
    });
  }
  return people;
}
