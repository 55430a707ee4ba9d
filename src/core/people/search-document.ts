import { foldText } from '../shared/text.js';
import type { Person } from './schema.js';

export type SearchDocument = { nameText: string; companyText: string; bodyText: string };

/**
 * The folded text a person is found by. Names are kept apart from the rest so that
 * name matches can rank first.
 */
export function searchDocument(person: Person): SearchDocument {
  const names = [person.displayName, person.givenName, person.familyName, person.nickname];
  const body = [
    person.title,
    person.industry,
    person.location,
    ...person.emails.map((email) => email.value),
    ...person.tags,
    ...person.topics,
    ...person.offers,
    ...person.needs,
    person.notes,
  ];
  return {
    nameText: [...new Set(foldText(names.filter(Boolean).join(' ')).split(/\s+/))].join(' '),
    companyText: foldText(person.company ?? ''),
    bodyText: foldText(body.filter(Boolean).join(' ')),
  };
}

export function sortName(displayName: string): string {
  return foldText(displayName).trim();
}
