import type { Kysely } from 'kysely';
import type { CalendarRepo } from '../../core/calendar/repo.js';
import type { Database } from '../schema.js';

export function calendarRepo(db: Kysely<Database>, ownerId: string): CalendarRepo {
  return {
    async getFeed() {
      const row = await db.selectFrom('calendar_feed').selectAll().where('owner_id', '=', ownerId).executeTakeFirst();
      return row && { secretHash: row.secret_hash, createdAt: row.created_at, lastFetchedAt: row.last_fetched_at };
    },
    async saveFeed(feed) {
      await db
        .insertInto('calendar_feed')
        .values({ owner_id: ownerId, secret_hash: feed.secretHash, created_at: feed.createdAt, last_fetched_at: null })
        .onConflict((oc) =>
          oc.column('owner_id').doUpdateSet({
            secret_hash: feed.secretHash,
            created_at: feed.createdAt,
            last_fetched_at: null,
          }),
        )
        .execute();
    },
    async removeFeed() {
      const result = await db.deleteFrom('calendar_feed').where('owner_id', '=', ownerId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async markFetched(at) {
      await db.updateTable('calendar_feed').set({ last_fetched_at: at }).where('owner_id', '=', ownerId).execute();
    },
    async birthdays() {
      const rows = await db
        .selectFrom('person')
        .select(['id', 'display_name', 'birthday', 'updated_at'])
        .where('owner_id', '=', ownerId)
        .where('birthday', 'is not', null)
        .where('archived', '=', 0)
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        personId: row.id,
        name: row.display_name,
        birthday: row.birthday ?? '',
        updatedAt: row.updated_at,
      }));
    },
    async occasions() {
      const rows = await db
        .selectFrom('occasion as o')
        .innerJoin('person as p', (join) =>
          join.onRef('p.owner_id', '=', 'o.owner_id').onRef('p.id', '=', 'o.person_id'),
        )
        .select(['o.id', 'o.label', 'o.date', 'o.created_at', 'p.display_name'])
        .where('o.owner_id', '=', ownerId)
        .where('p.archived', '=', 0)
        .orderBy('o.id')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        personName: row.display_name,
        label: row.label,
        date: row.date,
        createdAt: row.created_at,
      }));
    },
  };
}
