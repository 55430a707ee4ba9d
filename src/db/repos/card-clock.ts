import { type Kysely, sql } from 'kysely';
import type { CardClock } from '../../core/dav/schema.js';
import type { Database } from '../schema.js';

/**
 * The owner's next card revision (CardDAV sync tokens, migration 0013). The clock row
 * stays locked until the caller's transaction ends, so a later writer's revision commits
 * after this one and a sync token never skips a change still being written.
 *
 * Moved, then read, in one transaction (the caller's, else its own), not read back with
 * RETURNING: on SQLite a statement with RETURNING opens a statement journal, and FTS5
 * writes the search rows pending in the transaction to disk whenever one opens, so an
 * import that moved the clock for each batch of people cut the word indexes into a
 * hundred small segments to merge (14% of SQLite's instructions for a 50,000-row import).
 */
export async function nextCardRevision(db: Kysely<Database>, ownerId: string): Promise<number> {
  const move = async (trx: Kysely<Database>) => {
    await trx
      .insertInto('card_clock')
      .values({ owner_id: ownerId, revision: 1 })
      .onConflict((oc) => oc.column('owner_id').doUpdateSet({ revision: sql`card_clock.revision + 1` }))
      .execute();
    return currentCardRevision(trx, ownerId);
  };
  return db.isTransaction ? move(db) : db.transaction().execute(move);
}

/** The owner's latest card revision (0 before any): what every write of a person reads, without the epoch. */
export async function currentCardRevision(db: Kysely<Database>, ownerId: string): Promise<number> {
  const row = await db.selectFrom('card_clock').select('revision').where('owner_id', '=', ownerId).executeTakeFirst();
  return Number(row?.revision ?? 0);
}

/** The owner's latest card revision and its epoch ('' and 0 before any). */
export async function currentCardClock(db: Kysely<Database>, ownerId: string): Promise<CardClock> {
  const row = await db
    .selectFrom('card_clock')
    .select(['revision', 'epoch'])
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return { epoch: row?.epoch ?? '', revision: Number(row?.revision ?? 0) };
}

/**
 * Starts a new epoch of the owner's clock (a restore, ADR 0057): revisions go on from
 * where they were, and every ETag and sync token names the new epoch.
 */
export async function startCardEpoch(db: Kysely<Database>, ownerId: string, epoch: string): Promise<void> {
  await db
    .insertInto('card_clock')
    .values({ owner_id: ownerId, revision: 0, epoch })
    .onConflict((oc) => oc.column('owner_id').doUpdateSet({ epoch }))
    .execute();
}
