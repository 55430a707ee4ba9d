import type { Person } from '../people/schema.js';
import { foldText } from '../shared/text.js';

/** A CardDAV text-match (RFC 6352 10.5.4): case-insensitive, `contains` unless told otherwise. */
export type TextMatch = {
  text: string;
  matchType: 'equals' | 'contains' | 'starts-with' | 'ends-with';
  negate: boolean;
};
/** A prop-filter: the property, and its text matches (none: the property must exist). */
export type PropFilter = { name: string; test: 'anyof' | 'allof'; matches: TextMatch[]; isNotDefined: boolean };
export type CardFilter = { test: 'anyof' | 'allof'; filters: PropFilter[] };

/** The values of a card property kith answers queries on. */
function valuesOf(person: Person, name: string): string[] | undefined {
  switch (name.toUpperCase()) {
    case 'FN':
      return [person.displayName];
    case 'N':
      return [[person.familyName, person.givenName].filter(Boolean).join(';')];
    case 'NICKNAME':
      return person.nickname ? [person.nickname] : [];
    case 'EMAIL':
      return person.emails.map((email) => email.value);
    case 'TEL':
      return person.phones.map((phone) => phone.value);
    case 'ORG':
      return person.company ? [person.company] : [];
    default:
      return undefined;
  }
}

function matchesText(value: string, match: TextMatch): boolean {
  const folded = foldText(value);
  const text = foldText(match.text);
  const hit =
    match.matchType === 'equals'
      ? folded === text
      : match.matchType === 'starts-with'
        ? folded.startsWith(text)
        : match.matchType === 'ends-with'
          ? folded.endsWith(text)
          : folded.includes(text);
  return match.negate ? !hit : hit;
}

function matchesProp(person: Person, filter: PropFilter): boolean {
  const values = valuesOf(person, filter.name) ?? [];
  if (filter.isNotDefined) return values.length === 0;
  if (filter.matches.length === 0) return values.length > 0;
  const results = filter.matches.map((match) => values.some((value) => matchesText(value, match)));
  return filter.test === 'allof' ? results.every(Boolean) : results.some(Boolean);
}

/** Whether a person's card passes an addressbook-query filter; an empty filter passes everyone. */
export function matchesCardFilter(person: Person, filter: CardFilter): boolean {
  if (filter.filters.length === 0) return true;
  const results = filter.filters.map((prop) => matchesProp(person, prop));
  return filter.test === 'allof' ? results.every(Boolean) : results.some(Boolean);
}

const QUERYABLE = new Set(['FN', 'N', 'NICKNAME', 'EMAIL', 'TEL', 'ORG']);

/** Whether kith can answer a filter on this property (others are refused, as RFC 6352 asks). */
export function isQueryableProperty(name: string): boolean {
  return QUERYABLE.has(name.toUpperCase());
}
