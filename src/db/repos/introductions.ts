import type { Kysely, Selectable } from 'kysely';
import type { IntroductionsRepo } from '../../core/introductions/repo.js';
import type { Introduction, IntroductionStatus } from '../../core/introductions/schema.js';
import type { Database, IntroductionTable } from '../schema.js';

function toRow(ownerId: string, introduction: Introduction): IntroductionTable {
  return {
    owner_id: ownerId,
    id: introduction.id,
    person_a_id: introduction.personAId,
    person_b_id: introduction.personBId,
    reason: introduction.reason,
    status: introduction.status,
    suggested_on: introduction.suggestedOn,
    asked_a_on: introduction.askedAOn,
    asked_b_on: introduction.askedBOn,
    made_on: introduction.madeOn,
    declined_on: introduction.declinedOn,
    follow_up_due: introduction.followUpDue,
    follow_up_reminder_id: introduction.followUpReminderId,
    followed_up_on: introduction.followedUpOn,
    created_at: introduction.createdAt,
    updated_at: introduction.updatedAt,
  };
}

function fromRow(row: Selectable<IntroductionTable>): Introduction {
  return {
    id: row.id,
    personAId: row.person_a_id,
    personBId: row.person_b_id,
    reason: row.reason,
    status: row.status as IntroductionStatus,
    suggestedOn: row.suggested_on,
    askedAOn: row.asked_a_on,
    askedBOn: row.asked_b_on,
    madeOn: row.made_on,
    declinedOn: row.declined_on,
    followUpDue: row.follow_up_due,
    followUpReminderId: row.follow_up_reminder_id,
    followedUpOn: row.followed_up_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function introductionsRepo(db: Kysely<Database>, ownerId: string): IntroductionsRepo {
  return {
    async insert(introduction) {
      await db.insertInto('introduction').values(toRow(ownerId, introduction)).execute();
    },

    async get(id) {
      const row = await db
        .selectFrom('introduction')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },

    async save(introduction) {
      const { owner_id: _owner, id: _id, ...fields } = toRow(ownerId, introduction);
      await db
        .updateTable('introduction')
        .set(fields)
        .where('owner_id', '=', ownerId)
        .where('id', '=', introduction.id)
        .execute();
    },

    async list() {
      const rows = await db
        .selectFrom('introduction')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .orderBy('id', 'desc')
        .execute();
      return rows.map(fromRow);
    },

    async dismiss(dismissal) {
      await db
        .deleteFrom('introduction_dismissal')
        .where('owner_id', '=', ownerId)
        .where('person_a_id', '=', dismissal.personAId)
        .where('person_b_id', '=', dismissal.personBId)
        .execute();
      await db
        .insertInto('introduction_dismissal')
        .values({
          owner_id: ownerId,
          person_a_id: dismissal.personAId,
          person_b_id: dismissal.personBId,
          feedback: dismissal.feedback,
          dismissed_at: dismissal.dismissedAt,
        })
        .execute();
    },

    async dismissals() {
      const rows = await db
        .selectFrom('introduction_dismissal')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .orderBy('dismissed_at', 'desc')
        .execute();
      return rows.map((row) => ({
        personAId: row.person_a_id,
        personBId: row.person_b_id,
        feedback: row.feedback,
        dismissedAt: row.dismissed_at,
      }));
    },
  };
}
