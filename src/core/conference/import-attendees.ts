import { type AttendeeRecord, parseAttendeesCsv } from '../../formats/attendees-csv.js';
import { isFormatError } from '../../formats/format-error.js';
import type { DedupePerson } from '../dedupe/find-duplicates.js';
import { KithError } from '../errors.js';
import { getEvent } from '../events/resolve-event.js';
import { type Deps, inTransaction } from '../repos.js';
import { newId } from '../shared/ids.js';
import { parseInput } from '../shared/validate.js';
import { listAttendees } from './list-attendees.js';
import { attendeeKeys, matchByKeys, matchByName } from './match-attendees.js';
import { type Attendee, type AttendeeList, type ImportAttendeesInput, importAttendeesSchema } from './schema.js';

async function readRecords(csv: string): Promise<AttendeeRecord[]> {
  try {
    return await parseAttendeesCsv(csv);
  } catch (error) {
    if (isFormatError(error)) throw new KithError('IMPORT_FAILED', error.message, { line: error.line });
    throw error;
  }
}

/**
 * Imports an event's attendee or speaker list, replacing the one before, in one
 * transaction: each row is matched against your network (the same email or LinkedIn
 * profile through the key index, else dedupe's scoring of names), and nobody is added to
 * your people. A malformed file fails naming
 * its line and changes nothing.
 */
export async function importAttendees(deps: Deps, eventId: string, input: ImportAttendeesInput): Promise<AttendeeList> {
  const { csv } = parseInput(importAttendeesSchema, input);
  // Another owner's event is not found before its file is read.
  await getEvent(deps, eventId);
  const records = await readRecords(csv);
  await inTransaction(deps, async (tx) => {
    const event = await getEvent(tx, eventId);
    const { phoneRegion } = await tx.repos.settings.get();
    const keys = attendeeKeys(records);
    const [email, link] = await Promise.all([
      keys.email.length > 0 ? tx.repos.people.findByValues('email', keys.email) : new Map<string, string[]>(),
      keys.link.length > 0 ? tx.repos.people.findByValues('link', keys.link) : new Map<string, string[]>(),
    ]);
    const matches = matchByKeys(records, { email, link });
    // Only what dedupe compares is read of each person, not whole people.
    const people: DedupePerson[] = [];
    for await (const page of tx.repos.merge.dedupeCandidates()) people.push(...page);
    const byName = matchByName(records, people, new Set(matches.keys()), phoneRegion);
    for (const [index, match] of byName) matches.set(index, match);
    const at = deps.now().toISOString();
    const attendees: Attendee[] = records.map((record, index) => ({
      id: newId(),
      eventId: event.id,
      ...record,
      personId: matches.get(index)?.personId ?? null,
      matchEvidence: matches.get(index)?.evidence ?? null,
      createdAt: at,
    }));
    await tx.repos.attendees.replace(event.id, attendees);
  });
  return listAttendees(deps, eventId);
}
