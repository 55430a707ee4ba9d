import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';

/**
 * The owner's next card revision (CardDAV sync tokens, migration 0013). The clock row
 * stays locked until the caller's transaction ends, so a later writer's revision commits
 * after this one and a sync token never skips a change still being written.
 */
export async function nextCardRevision(db: Kysely<Database>, ownerId: string): Promise<number> {
  const row = await db
    .insertInto('card_clock')
    .values({ owner_id: ownerId, revision: 1 })
    .onConflict((oc) => oc.column('owner_id').doUpdateSet({ revision: sql`card_clock.revision + 1` }))
    .returning('revision')
    .executeTakeFirstOrThrow();
  return Number(row.revision);
}

/** The owner's latest card revision (0 before any). */
export async function currentCardRevision(db: Kysely<Database>, ownerId: string): Promise<number> {
  const row = await db.selectFrom('card_clock').select('revision').where('owner_id', '=', ownerId).executeTakeFirst();
  return Number(row?.revision ?? 0);
}
