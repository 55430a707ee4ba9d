import type { AttendeeRecord } from '../../formats/attendees-csv.js';
import { type DedupePerson, findDuplicates } from '../dedupe/find-duplicates.js';
import { nicknameFamily } from '../dedupe/nicknames.js';
import { nameTokens } from '../dedupe/similarity.js';
import { valueKey } from '../people/value-keys.js';

export type AttendeeMatch = { personId: string; evidence: string };

/** Who holds each key, as `PeopleRepo.findByValues` answers (emails, LinkedIn profiles). */
export type KeyHolders = {
  email: ReadonlyMap<string, readonly string[]>;
  link: ReadonlyMap<string, readonly string[]>;
};

/** The keys a list's rows are looked up by: their emails and profile addresses. */
export function attendeeKeys(records: readonly AttendeeRecord[]): { email: string[]; link: string[] } {
  return {
    email: [...new Set(records.flatMap((r) => (r.email ? [valueKey('email', r.email)] : [])))],
    link: [...new Set(records.flatMap((r) => (r.profileUrl ? [valueKey('link', r.profileUrl)] : [])))],
  };
}

/** Rows whose email or profile address someone in the network holds (keyed by the row's index). */
export function matchByKeys(records: readonly AttendeeRecord[], holders: KeyHolders): Map<number, AttendeeMatch> {
  const found = new Map<number, AttendeeMatch>();
  records.forEach((record, index) => {
    const byEmail = record.email ? holders.email.get(valueKey('email', record.email))?.[0] : undefined;
    if (byEmail) {
      found.set(index, { personId: byEmail, evidence: `same email (${record.email})` });
      return;
    }
    const byLink = record.profileUrl ? holders.link.get(valueKey('link', record.profileUrl))?.[0] : undefined;
    if (byLink) found.set(index, { personId: byLink, evidence: `same profile (${record.profileUrl})` });
  });
  return found;
}

function nameWords(name: string): string[] {
  return nameTokens(name).flatMap((word) => [word, ...nicknameFamily(word)]);
}

/**
 * Which person each remaining row is by dedupe's scoring and threshold (names with
 * nicknames and other spellings, company, email). Only people sharing a name word, or a
 * nickname of one, with a row are scored, so the network is not deduplicated whole.
 * Keyed by the row's index in `records`; rows in `skip` are left out.
 */
export function matchByName(
  records: readonly AttendeeRecord[],
  people: readonly DedupePerson[],
  skip: ReadonlySet<number>,
  phoneRegion: string,
): Map<number, AttendeeMatch> {
  const found = new Map<number, AttendeeMatch>();
  const rest = records.flatMap((record, index) => (skip.has(index) ? [] : [{ record, index }]));
  const words = new Set(rest.flatMap(({ record }) => nameWords(record.name)));
  const near = people.filter((person) => nameWords(person.displayName).some((word) => words.has(word)));
  if (near.length === 0) return found;
  const rows: DedupePerson[] = rest.map(({ record, index }) => ({
    id: `row:${index}`,
    displayName: record.name,
    givenName: null,
    familyName: null,
    company: record.company,
    location: null,
    emails: record.email ? [{ value: record.email, label: null }] : [],
    phones: [],
  }));
  const isRow = (id: string) => id.startsWith('row:');
  for (const pair of findDuplicates([...near, ...rows], { phoneRegion })) {
    if (isRow(pair.aId) === isRow(pair.bId)) continue;
    const [row, personId] = isRow(pair.aId) ? [pair.aId, pair.bId] : [pair.bId, pair.aId];
    const index = Number(row.slice(4));
    // Pairs come best first: the first one for a row is its likeliest.
    if (found.has(index)) continue;
    found.set(index, { personId, evidence: pair.evidence.join('; ') || 'a likely match by name' });
  }
  return found;
}
