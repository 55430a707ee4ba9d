import type { AttendeeRecord } from '../../formats/attendees-csv.js';
import { type DedupePerson, findDuplicates } from '../dedupe/find-duplicates.js';
import { nicknameFamily } from '../dedupe/nicknames.js';
import { nameTokens } from '../dedupe/similarity.js';
import type { Person } from '../people/schema.js';

export type AttendeeMatch = { personId: string; evidence: string };

/** A profile address compared without scheme, `www.`, query or trailing slash, in lowercase. */
export function profileKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

function nameWords(name: string): string[] {
  return nameTokens(name).flatMap((word) => [word, ...nicknameFamily(word)]);
}

/**
 * Which person in the network each row of an attendee list is, if any: the same email or
 * profile address, else dedupe's scoring and threshold (names with nicknames and other
 * spellings, company). Only people sharing a name word, a nickname of one, an email or a
 * profile with the list are scored, so the network is not deduplicated whole.
 * Keyed by the row's index in `records`.
 */
export function matchAttendees(
  records: readonly AttendeeRecord[],
  people: readonly Person[],
  phoneRegion: string,
): Map<number, AttendeeMatch> {
  const live = people.filter((person) => !person.archived);
  const byEmail = new Map<string, Person>();
  const byProfile = new Map<string, Person>();
  for (const person of live) {
    for (const email of person.emails) byEmail.set(email.value.toLowerCase(), person);
    for (const link of person.links) byProfile.set(profileKey(link.url), person);
  }
  const found = new Map<number, AttendeeMatch>();
  const rest: number[] = [];
  records.forEach((record, index) => {
    const byKey =
      (record.email && byEmail.get(record.email.toLowerCase())) ||
      (record.profileUrl && byProfile.get(profileKey(record.profileUrl)));
    if (byKey) {
      const same = record.email && byKey.emails.some((e) => e.value.toLowerCase() === record.email?.toLowerCase());
      found.set(index, {
        personId: byKey.id,
        evidence: same ? `same email (${record.email})` : `same profile (${record.profileUrl})`,
      });
    } else rest.push(index);
  });
  if (rest.length === 0) return found;

  const words = new Set(rest.flatMap((index) => nameWords(records[index]?.name ?? '')));
  const near = live.filter((person) => nameWords(person.displayName).some((word) => words.has(word)));
  if (near.length === 0) return found;
  const rowId = (index: number) => `row:${index}`;
  const rows: DedupePerson[] = rest.map((index) => {
    const record = records[index] as AttendeeRecord;
    return {
      id: rowId(index),
      displayName: record.name,
      givenName: null,
      familyName: null,
      company: record.company,
      location: null,
      emails: record.email ? [{ value: record.email, label: null }] : [],
      phones: [],
    };
  });
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
