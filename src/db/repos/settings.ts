import type { Kysely } from 'kysely';
import type { SettingsRepo } from '../../core/settings/repo.js';
import { readSettings } from '../../core/settings/schema.js';
import type { Database } from '../schema.js';

/** The owner's settings, JSON text in their own users row. */
export function settingsRepo(db: Kysely<Database>, ownerId: string): SettingsRepo {
  return {
    async get() {
      const row = await db.selectFrom('users').select('settings').where('id', '=', ownerId).executeTakeFirst();
      return readSettings(row?.settings);
    },
    async save(settings) {
      await db
        .updateTable('users')
        .set({ settings: JSON.stringify(settings) })
        .where('id', '=', ownerId)
        .execute();
    },
  };
}
