import type { Kysely } from 'kysely';
import type { CardRepo } from '../../core/my-card/repo.js';
import { myCardSchema } from '../../core/my-card/schema.js';
import type { Database } from '../schema.js';

export function myCardRepo(db: Kysely<Database>, ownerId: string): CardRepo {
  return {
    async getCard() {
      const row = await db.selectFrom('my_card').select('card').where('owner_id', '=', ownerId).executeTakeFirst();
      if (!row) return undefined;
      // Written only through updateMyCard's schema; read through it too, so a field added later gets its default.
      const parsed = myCardSchema.safeParse(JSON.parse(row.card));
      return parsed.success ? parsed.data : undefined;
    },
    async saveCard(card, updatedAt) {
      const values = { card: JSON.stringify(card), updated_at: updatedAt };
      await db
        .insertInto('my_card')
        .values({ owner_id: ownerId, ...values })
        .onConflict((oc) => oc.column('owner_id').doUpdateSet(values))
        .execute();
    },
    async accountDefaults() {
      const row = await db
        .selectFrom('users')
        .select(['email', 'display_name'])
        .where('id', '=', ownerId)
        .executeTakeFirst();
      return { name: row?.display_name ?? '', email: row?.email ?? '' };
    },
    async getLink() {
      const row = await db.selectFrom('my_card_link').selectAll().where('owner_id', '=', ownerId).executeTakeFirst();
      return row && { secretHash: row.secret_hash, createdAt: row.created_at, lastFetchedAt: row.last_fetched_at };
    },
    async saveLink(link) {
      const values = { secret_hash: link.secretHash, created_at: link.createdAt, last_fetched_at: null };
      await db
        .insertInto('my_card_link')
        .values({ owner_id: ownerId, ...values })
        .onConflict((oc) => oc.column('owner_id').doUpdateSet(values))
        .execute();
    },
    async removeLink() {
      const result = await db.deleteFrom('my_card_link').where('owner_id', '=', ownerId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async markFetched(at) {
      await db.updateTable('my_card_link').set({ last_fetched_at: at }).where('owner_id', '=', ownerId).execute();
    },
  };
}
