import type { Kysely, Selectable } from 'kysely';
import type { AttendeesRepo } from '../../core/conference/repo.js';
import type { Attendee } from '../../core/conference/schema.js';
import type { Database, EventAttendeeTable } from '../schema.js';
import { chunk } from './chunk.js';

function fromRow(row: Selectable<EventAttendeeTable>): Attendee {
  return {
    id: row.id,
    eventId: row.event_id,
    line: Number(row.line),
    name: row.name,
    company: row.company,
    title: row.title,
    email: row.email,
    profileUrl: row.profile_url,
    personId: row.person_id,
    matchEvidence: row.match_evidence,
    createdAt: row.created_at,
  };
}

function toRow(ownerId: string, attendee: Attendee): EventAttendeeTable {
  return {
    owner_id: ownerId,
    event_id: attendee.eventId,
    id: attendee.id,
    line: attendee.line,
    name: attendee.name,
    company: attendee.company,
    title: attendee.title,
    email: attendee.email,
    profile_url: attendee.profileUrl,
    person_id: attendee.personId,
    match_evidence: attendee.matchEvidence,
    created_at: attendee.createdAt,
  };
}

export function attendeesRepo(db: Kysely<Database>, ownerId: string): AttendeesRepo {
  const rows = (eventId: string) =>
    db.selectFrom('event_attendee').selectAll().where('owner_id', '=', ownerId).where('event_id', '=', eventId);
  return {
    async replace(eventId, attendees) {
      await db.deleteFrom('event_attendee').where('owner_id', '=', ownerId).where('event_id', '=', eventId).execute();
      // 12 columns a row: 80 rows stay under SQLite's and PostgreSQL's parameter limits.
      for (const batch of chunk(attendees, 80)) {
        await db
          .insertInto('event_attendee')
          .values(batch.map((attendee) => toRow(ownerId, attendee)))
          .execute();
      }
    },

    async list(eventId) {
      return (await rows(eventId).orderBy('line').orderBy('id').execute()).map(fromRow);
    },

    async get(eventId, id) {
      const row = await rows(eventId).where('id', '=', id).executeTakeFirst();
      return row && fromRow(row);
    },

    async setPerson(eventId, id, personId) {
      await db
        .updateTable('event_attendee')
        .set({ person_id: personId })
        .where('owner_id', '=', ownerId)
        .where('event_id', '=', eventId)
        .where('id', '=', id)
        .execute();
    },

    async movePerson(from, to) {
      await db
        .updateTable('event_attendee')
        .set({ person_id: to })
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', from)
        .execute();
    },
  };
}
