import type { Kysely } from 'kysely';
import type { CounterStore } from '../../core/auth/counter-store.js';
import type { Database } from '../schema.js';

/**
 * Sign-in counters in the database, so every `kith serve` on one PostgreSQL counts the
 * same attempts (ADR 0016). An increment is one INSERT … ON CONFLICT DO UPDATE …
 * RETURNING: atomic per key on both databases, so concurrent attempts each see their
 * own count. Expired windows are restarted in place and swept now and then.
 */
export function databaseCounterStore(db: Kysely<Database>, now: () => number = Date.now): CounterStore {
  let increments = 0;
  return {
    async get(key) {
      const row = await db
        .selectFrom('sign_in_counter')
        .select(['count', 'reset_at'])
        .where('key', '=', key)
        .where('reset_at', '>', now())
        .executeTakeFirst();
      return row && { count: row.count, resetAt: Number(row.reset_at) };
    },
    async increment(key, windowMs) {
      const at = now();
      if (++increments % 1000 === 0) await db.deleteFrom('sign_in_counter').where('reset_at', '<=', at).execute();
      const row = await db
        .insertInto('sign_in_counter')
        .values({ key, count: 1, reset_at: at + windowMs })
        .onConflict((conflict) =>
          conflict.column('key').doUpdateSet((eb) => {
            const expired = eb('sign_in_counter.reset_at', '<=', at);
            return {
              count: eb
                .case()
                .when(expired)
                .then(1)
                .else(eb('sign_in_counter.count', '+', 1))
                .end(),
              reset_at: eb
                .case()
                .when(expired)
                .then(at + windowMs)
                .else(eb.ref('sign_in_counter.reset_at'))
                .end(),
            };
          }),
        )
        .returning(['count', 'reset_at'])
        .executeTakeFirstOrThrow();
      return { count: row.count, resetAt: Number(row.reset_at) };
    },
    async decrement(key) {
      await db
        .updateTable('sign_in_counter')
        .set((eb) => ({ count: eb('count', '-', 1) }))
        .where('key', '=', key)
        .where('count', '>', 0)
        .execute();
    },
    async reset(key) {
      await db.deleteFrom('sign_in_counter').where('key', '=', key).execute();
    },
  };
}
