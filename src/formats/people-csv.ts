import { stringify } from 'csv-stringify/sync';
import type { Person } from '../core/people/schema.js';

const join = (values: readonly string[]) => values.join(' ::: ');
const labelled = (values: readonly { value: string; label: string | null }[]) =>
  join(values.map(({ value, label }) => (label ? `${label}: ${value}` : value)));

const columns: [string, (person: Person) => string | number | null][] = [
  ['id', (p) => p.id],
  ['display_name', (p) => p.displayName],
  ['given_name', (p) => p.givenName],
  ['family_name', (p) => p.familyName],
  ['nickname', (p) => p.nickname],
  ['title', (p) => p.title],
  ['company', (p) => p.company],
  ['industry', (p) => p.industry],
  ['location', (p) => p.location],
  ['birthday', (p) => p.birthday],
  ['tier', (p) => p.tier],
  ['cadence_days', (p) => p.cadenceDays],
  ['how_met', (p) => p.howMet],
  ['met_on', (p) => p.metOn],
  ['introduced_by_id', (p) => p.introducedById],
  ['archived', (p) => (p.archived ? 1 : 0)],
  ['emails', (p) => labelled(p.emails)],
  ['phones', (p) => labelled(p.phones)],
  ['links', (p) => labelled(p.links.map((link) => ({ value: link.url, label: link.label })))],
  ['tags', (p) => join(p.tags)],
  ['topics', (p) => join(p.topics)],
  ['offers', (p) => join(p.offers)],
  ['needs', (p) => join(p.needs)],
  ['notes', (p) => p.notes],
  ['created_at', (p) => p.createdAt],
  ['updated_at', (p) => p.updatedAt],
];

/** One row per person; several values in a cell are joined with " ::: " as Google does. */
export function peopleToCsv(people: readonly Person[]): string {
  return stringify(
    people.map((person) => columns.map(([, value]) => value(person) ?? '')),
    // A cell starting with = + - @, a tab or a carriage return gets a leading ' (OWASP's
    // advice against CSV injection), so an imported company cannot run as a formula.
    { header: true, columns: columns.map(([name]) => name), escape_formulas: true },
  );
}
