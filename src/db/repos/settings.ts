import type { Kysely } from 'kysely';
import type { SettingsRepo } from '../../core/settings/repo.js';
import { readSettings } from '../../core/settings/schema.js';
import type { Database } from '../schema.js';

/** Settings live as JSON text on the owner's users row. */
export function settingsRepo(db: Kysely<Database>, ownerId: string): SettingsRepo {
  return {
    async get() {
      const row = await db.selectFrom('users').select('settings').where('id', '=', ownerId).executeTakeFirst();
      return readSettings(row?.settings);
    },
    async set(settings) {
      await db
        .updateTable('users')
        .set({ settings: JSON.stringify(settings) })
        .where('id', '=', ownerId)
        .execute();
    },
  };
}
