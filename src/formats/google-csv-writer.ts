import { stringify } from 'csv-stringify/sync';
import { addressesOf, type PersonRecord as Person } from './person-record.js';

/** Google's label for a value: capitalised, as its own export writes "Work" and "Mobile". */
const googleLabel = (label: string | null) => (label ? label.charAt(0).toUpperCase() + label.slice(1) : '');

/** The most values any person has in a list: Google numbers its columns (E-mail 1, E-mail 2, …). */
const widest = (people: readonly Person[], count: (person: Person) => number) =>
  people.reduce((most, person) => Math.max(most, count(person)), 0);

/**
 * People as Google Contacts' CSV (the current header: "First Name", "Labels",
 * "E-mail 1 - Label"), which Google Contacts imports, and kith reads back: the location
 * as Google's Location, each postal address whole in its numbered Address columns.
 */
export function peopleToGoogleCsv(people: readonly Person[]): string {
  const slots = {
    email: widest(people, (person) => person.emails.length),
    phone: widest(people, (person) => person.phones.length),
    website: widest(people, (person) => person.links.length),
    address: widest(people, (person) => addressesOf(person).length),
  };
  const addressParts = ['Street', 'City', 'Region', 'Postal Code', 'Country'] as const;
  const numbered = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, index) => [
      `${prefix} ${index + 1} - Label`,
      `${prefix} ${index + 1} - Value`,
    ]).flat();
  const header = [
    'First Name',
    'Last Name',
    'Nickname',
    'File As',
    'Birthday',
    'Notes',
    'Labels',
    'Organization Name',
    'Organization Title',
    'Location',
    ...Array.from({ length: slots.address }, (_, index) =>
      ['Label', ...addressParts].map((part) => `Address ${index + 1} - ${part}`),
    ).flat(),
    ...numbered('E-mail', slots.email),
    ...numbered('Phone', slots.phone),
    ...numbered('Website', slots.website),
  ];
  const pairs = (values: { value: string; label: string | null }[], count: number) =>
    Array.from({ length: count }, (_, index) => {
      const entry = values[index];
      return entry ? [googleLabel(entry.label), entry.value] : ['', ''];
    }).flat();
  const rows = people.map((person) => [
    person.givenName ?? (person.familyName ? '' : person.displayName),
    person.familyName ?? '',
    person.nickname ?? '',
    person.displayName,
    person.birthday ?? '',
    person.notes ?? '',
    ['* myContacts', ...person.tags].join(' ::: '),
    person.company ?? '',
    person.title ?? '',
    person.location ?? '',
    ...Array.from({ length: slots.address }, (_, index) => {
      const address = addressesOf(person)[index];
      if (!address) return Array.from({ length: addressParts.length + 1 }, () => '');
      const { label, street, city, region, postcode, country } = address;
      return [googleLabel(label), street, city, region, postcode, country].map((part) => part ?? '');
    }).flat(),
    ...pairs(person.emails, slots.email),
    ...pairs(person.phones, slots.phone),
    ...pairs(
      person.links.map((link) => ({ value: link.url, label: link.label })),
      slots.website,
    ),
  ]);
  return stringify([header, ...rows]);
}
