import { stringify } from 'csv-stringify/sync';
import type { PersonRecord as Person } from './person-record.js';

/** Google's label for a value: capitalised, as its own export writes "Work" and "Mobile". */
const googleLabel = (label: string | null) => (label ? label.charAt(0).toUpperCase() + label.slice(1) : '');

/** The most values any person has in a list: Google numbers its columns (E-mail 1, E-mail 2, …). */
const widest = (people: readonly Person[], count: (person: Person) => number) =>
  people.reduce((most, person) => Math.max(most, count(person)), 0);

/**
 * People as Google Contacts' CSV (the current header: "First Name", "Labels",
 * "E-mail 1 - Label"), which Google Contacts imports, and kith reads back.
 */
export function peopleToGoogleCsv(people: readonly Person[]): string {
  const slots = {
    email: widest(people, (person) => person.emails.length),
    phone: widest(people, (person) => person.phones.length),
    website: widest(people, (person) => person.links.length),
  };
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
    'Address 1 - Label',
    'Address 1 - City',
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
    person.location ? 'Other' : '',
    person.location ?? '',
    ...pairs(person.emails, slots.email),
    ...pairs(person.phones, slots.phone),
    ...pairs(
      person.links.map((link) => ({ value: link.url, label: link.label })),
      slots.website,
    ),
  ]);
  return stringify([header, ...rows]);
}
