import { type Kysely, sql } from 'kysely';
import type { RemindersRepo } from '../../core/reminders/repo.js';
import type { Reminder } from '../../core/reminders/schema.js';
import type { Database, ReminderTable } from '../schema.js';

function toRow(ownerId: string, reminder: Reminder): ReminderTable {
  return {
    owner_id: ownerId,
    id: reminder.id,
    person_id: reminder.personId,
    text: reminder.text,
    due_on: reminder.dueOn,
    snoozed_until: reminder.snoozedUntil,
    done_at: reminder.doneAt,
    created_at: reminder.createdAt,
    updated_at: reminder.updatedAt,
  };
}

export function remindersRepo(db: Kysely<Database>, ownerId: string): RemindersRepo {
  function select() {
    return db
      .selectFrom('reminder')
      .leftJoin('person', (join) =>
        join.onRef('person.owner_id', '=', 'reminder.owner_id').onRef('person.id', '=', 'reminder.person_id'),
      )
      .selectAll('reminder')
      .select('person.display_name')
      .where('reminder.owner_id', '=', ownerId);
  }
  type Row = Awaited<ReturnType<ReturnType<typeof select>['executeTakeFirstOrThrow']>>;
  const fromRow = (row: Row): Reminder => ({
    id: row.id,
    personId: row.person_id,
    personName: row.display_name ?? null,
    text: row.text,
    dueOn: row.due_on,
    snoozedUntil: row.snoozed_until,
    doneAt: row.done_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
  const effectiveDue = sql<string>`coalesce(reminder.snoozed_until, reminder.due_on)`;

  return {
    async insert(reminder) {
      await db.insertInto('reminder').values(toRow(ownerId, reminder)).execute();
    },
    async get(id) {
      const row = await select().where('reminder.id', '=', id).executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },
    async save(reminder) {
      const { owner_id: _owner, id: _id, ...fields } = toRow(ownerId, reminder);
      await db
        .updateTable('reminder')
        .set(fields)
        .where('owner_id', '=', ownerId)
        .where('id', '=', reminder.id)
        .execute();
    },
    async remove(id) {
      const result = await db
        .deleteFrom('reminder')
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async listOpen({ dueBy }) {
      let query = select().where('reminder.done_at', 'is', null);
      if (dueBy) query = query.where(effectiveDue, '<=', dueBy);
      const rows = await query.orderBy(effectiveDue).orderBy('reminder.id').execute();
      return rows.map(fromRow);
    },
  };
}
