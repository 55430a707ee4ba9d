import type { Kysely, Selectable } from 'kysely';
import type { SharesRepo } from '../../core/shares/repo.js';
import type { Share } from '../../core/shares/schema.js';
import type { Database, ShareTable } from '../schema.js';

function fromRow(row: Selectable<ShareTable>): Share {
  return { id: row.id, itemId: row.item_id, personId: row.person_id, sharedAt: row.shared_at, note: row.note };
}

export function sharesRepo(db: Kysely<Database>, ownerId: string): SharesRepo {
  return {
    async insert(share) {
      await db
        .insertInto('share')
        .values({
          owner_id: ownerId,
          id: share.id,
          item_id: share.itemId,
          person_id: share.personId,
          shared_at: share.sharedAt,
          note: share.note,
        })
        .execute();
    },

    async remove(id) {
      const result = await db
        .deleteFrom('share')
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async listForItem(itemId) {
      const rows = await db
        .selectFrom('share')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('item_id', '=', itemId)
        .orderBy('shared_at')
        .orderBy('id')
        .execute();
      return rows.map(fromRow);
    },

    async listForPerson(personId) {
      const rows = await db
        .selectFrom('share')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', personId)
        .orderBy('shared_at')
        .orderBy('id')
        .execute();
      return rows.map(fromRow);
    },

    async listGiftSuggestions() {
      const rows = await db
        .selectFrom('gift_suggestion')
        .select(['item_id', 'person_id', 'shown_on'])
        .where('owner_id', '=', ownerId)
        .orderBy('shown_on')
        .orderBy('item_id')
        .execute();
      return rows.map((row) => ({ itemId: row.item_id, personId: row.person_id, shownOn: row.shown_on }));
    },

    async recordGiftSuggestion(suggestion) {
      await db
        .insertInto('gift_suggestion')
        .values({
          owner_id: ownerId,
          item_id: suggestion.itemId,
          person_id: suggestion.personId,
          shown_on: suggestion.shownOn,
        })
        .execute();
    },
  };
}
