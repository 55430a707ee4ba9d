import type { Kysely } from 'kysely';
import type { ServerSettingsRepo } from '../../core/server-settings/repo.js';
import { defaultServerSettings, type ServerSettings, serverSettingsSchema } from '../../core/server-settings/schema.js';
import type { Database } from '../schema.js';

/** One row per setting, its value as JSON; a value that no longer parses reads as the default. */
export function serverSettingsRepo(db: Kysely<Database>): ServerSettingsRepo {
  return {
    async get() {
      const rows = await db.selectFrom('server_setting').select(['name', 'value']).execute();
      const stored: Record<string, unknown> = {};
      for (const row of rows) {
        try {
          stored[row.name] = JSON.parse(row.value);
        } catch {
          // Left out: the default applies.
        }
      }
      const parsed = serverSettingsSchema.partial().safeParse(stored);
      return { ...defaultServerSettings, ...(parsed.success ? parsed.data : {}) } as ServerSettings;
    },
    async save(settings, by, at) {
      const entries = Object.entries(settings).filter(([, value]) => value !== undefined);
      if (entries.length === 0) return;
      const rows = entries.map(([name, value]) => ({
        name,
        value: JSON.stringify(value),
        updated_at: at,
        updated_by: by,
      }));
      await db
        .insertInto('server_setting')
        .values(rows)
        .onConflict((conflict) =>
          conflict.column('name').doUpdateSet((eb) => ({
            value: eb.ref('excluded.value'),
            updated_at: eb.ref('excluded.updated_at'),
            updated_by: eb.ref('excluded.updated_by'),
          })),
        )
        .execute();
    },
  };
}
