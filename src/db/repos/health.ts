import { type Kysely, sql } from 'kysely';
import type { HealthRepo } from '../../core/health/repo.js';
import type { Tier } from '../../core/people/schema.js';
import type { Database } from '../schema.js';

/** Reads for the network-health figures; both queries follow indexes led by owner_id. */
export function healthRepo(db: Kysely<Database>, ownerId: string): HealthRepo {
  return {
    async peopleForHistory() {
      const rows = await db
        .selectFrom('person')
        .select(['id', 'tier', 'cadence_days', 'created_at'])
        .where('owner_id', '=', ownerId)
        .where('archived', '=', 0)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        tier: row.tier as Tier,
        cadenceDays: row.cadence_days === null ? null : Number(row.cadence_days),
        createdAt: row.created_at,
      }));
    },
    async contactDays() {
      // (owner_id, person_id, occurred_on) is an index: this reads it in order, without the table.
      const rows = await db
        .selectFrom('interaction_person')
        .select(['person_id', 'occurred_on'])
        .distinct()
        .where('owner_id', '=', ownerId)
        .orderBy('person_id')
        .orderBy('occurred_on')
        .execute();
      return rows.map((row) => ({ personId: row.person_id, on: row.occurred_on }));
    },
    async peoplePerTier() {
      const rows = await db
        .selectFrom('person')
        .select(['tier', (eb) => eb.fn.countAll<number | string>().as('count')])
        .where('owner_id', '=', ownerId)
        .where('archived', '=', 0)
        .groupBy('tier')
        .execute();
      return rows.map((row) => ({ tier: row.tier as Tier, count: Number(row.count) }));
    },
    async interactionsPerMonth(from) {
      // occurred_on is the local date it was logged on (YYYY-MM-DD text on both databases).
      const month = sql<string>`substr(occurred_on, 1, 7)`;
      const rows = await db
        .selectFrom('interaction')
        .select([month.as('month'), (eb) => eb.fn.countAll<number | string>().as('count')])
        .where('owner_id', '=', ownerId)
        .where('occurred_on', '>=', from)
        .groupBy(month)
        .execute();
      return rows.map((row) => ({ month: row.month, count: Number(row.count) }));
    },
  };
}
