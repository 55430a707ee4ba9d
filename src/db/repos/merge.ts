import type { Kysely } from 'kysely';
import type { MergeRepo } from '../../core/dedupe/repo.js';
import type { Database } from '../schema.js';
import { chunk } from './chunk.js';

export function mergeRepo(db: Kysely<Database>, ownerId: string): MergeRepo {
  return {
    async moveParticipants(from, to) {
      const shared = db
        .selectFrom('interaction_person')
        .select('interaction_id')
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', to);
      await db
        .deleteFrom('interaction_person')
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', from)
        .where('interaction_id', 'in', shared)
        .execute();
      await db
        .updateTable('interaction_person')
        .set({ person_id: to })
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', from)
        .execute();
    },

    async moveReminders(from, to) {
      await db
        .updateTable('reminder')
        .set({ person_id: to })
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', from)
        .execute();
    },

    async moveOccasions(from, to) {
      await db
        .updateTable('occasion')
        .set({ person_id: to })
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', from)
        .execute();
    },

    async dropContactState(personId) {
      await db.deleteFrom('suggestion').where('owner_id', '=', ownerId).where('person_id', '=', personId).execute();
      await db.deleteFrom('contact_state').where('owner_id', '=', ownerId).where('person_id', '=', personId).execute();
    },

    async moveShares(from, to) {
      await db
        .updateTable('share')
        .set({ person_id: to })
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', from)
        .execute();
    },

    async deleteShares(ids) {
      for (const batch of chunk(ids, 500)) {
        await db.deleteFrom('share').where('owner_id', '=', ownerId).where('id', 'in', batch).execute();
      }
    },

    async moveIntroductions(from, to) {
      await db
        .updateTable('introduction')
        .set({ person_a_id: to })
        .where('owner_id', '=', ownerId)
        .where('person_a_id', '=', from)
        .execute();
      await db
        .updateTable('introduction')
        .set({ person_b_id: to })
        .where('owner_id', '=', ownerId)
        .where('person_b_id', '=', from)
        .execute();
    },

    async deleteIntroductions(ids) {
      for (const batch of chunk(ids, 500)) {
        await db.deleteFrom('introduction').where('owner_id', '=', ownerId).where('id', 'in', batch).execute();
      }
    },

    async moveEventLinks(from, to) {
      const kept = db
        .selectFrom('event_person')
        .select('event_id')
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', to);
      await db
        .deleteFrom('event_person')
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', from)
        .where('event_id', 'in', kept)
        .execute();
      await db
        .updateTable('event_person')
        .set({ person_id: to })
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', from)
        .execute();
    },

    async moveAffiliations(from, to) {
      const kept = db
        .selectFrom('affiliation')
        .select('organization_id')
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', to);
      await db
        .deleteFrom('affiliation')
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', from)
        .where('organization_id', 'in', kept)
        .execute();
      await db
        .updateTable('affiliation')
        .set({ person_id: to })
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', from)
        .execute();
    },
  };
}
