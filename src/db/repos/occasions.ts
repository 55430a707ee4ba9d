import { type Kysely, type Selectable, sql } from 'kysely';
import type { OccasionsRepo } from '../../core/occasions/repo.js';
import type { StoredOccasion } from '../../core/occasions/schema.js';
import type { Database, OccasionTable } from '../schema.js';
import { chunk } from './chunk.js';

const fromRow = (row: Selectable<OccasionTable>): StoredOccasion => ({
  id: row.id,
  personId: row.person_id,
  label: row.label,
  date: row.date,
  createdAt: row.created_at,
});

/** The MM-DD of a YYYY-MM-DD or --MM-DD column, the same expression on both databases. */
export function monthDayOf(column: string) {
  const ref = sql.ref(column);
  return sql<string>`substr(${ref}, length(${ref}) - 4)`;
}

export function occasionsRepo(db: Kysely<Database>, ownerId: string): OccasionsRepo {
  /** These people's occasions in the year's order, then by id: one query, so one person's list is ordered as in listForPeople. */
  const ofPeople = (personIds: readonly string[]) =>
    db
      .selectFrom('occasion')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('person_id', 'in', personIds)
      .orderBy(monthDayOf('date'))
      .orderBy('id')
      .execute();

  return {
    async insert(occasion) {
      await db
        .insertInto('occasion')
        .values({
          owner_id: ownerId,
          id: occasion.id,
          person_id: occasion.personId,
          label: occasion.label,
          date: occasion.date,
          created_at: occasion.createdAt,
        })
        .execute();
    },
    async get(id) {
      const row = await db
        .selectFrom('occasion')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },
    async remove(id) {
      const result = await db
        .deleteFrom('occasion')
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async listForPerson(personId) {
      return (await ofPeople([personId])).map(fromRow);
    },
    async listForPeople(personIds) {
      const found = new Map<string, StoredOccasion[]>();
      for (const batch of chunk([...new Set(personIds)], 500)) {
        for (const row of await ofPeople(batch)) {
          const list = found.get(row.person_id) ?? [];
          list.push(fromRow(row));
          found.set(row.person_id, list);
        }
      }
      return found;
    },
    async onMonthDays(monthDays) {
      if (monthDays.length === 0) return [];
      const rows = await db
        .selectFrom('occasion')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where(monthDayOf('date'), 'in', [...monthDays])
        .execute();
      return rows.map(fromRow);
    },
  };
}
