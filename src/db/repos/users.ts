import type { Kysely, Selectable } from 'kysely';
import type { UsersRepo } from '../../core/users/repo.js';
import type { User } from '../../core/users/schema.js';
import type { Database, UserTable } from '../schema.js';

function fromRow(row: Selectable<UserTable>): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    isAdmin: Number(row.is_admin) === 1,
    createdAt: row.created_at,
  };
}

export function usersRepo(db: Kysely<Database>): UsersRepo {
  return {
    async insert(user) {
      await db
        .insertInto('users')
        .values({
          id: user.id,
          email: user.email,
          password_hash: user.passwordHash,
          display_name: user.displayName,
          time_zone: null,
          settings: '{}',
          is_admin: user.isAdmin ? 1 : 0,
          created_at: user.createdAt,
        })
        .execute();
    },
    async get(id) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },
    async getByEmail(email) {
      const row = await db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },
    async list() {
      const rows = await db.selectFrom('users').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map(fromRow);
    },
    async count() {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async remove(id) {
      const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async getPasswordHash(id) {
      const row = await db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirst();
      return row?.password_hash;
    },
    async setPasswordHash(id, hash) {
      await db.updateTable('users').set({ password_hash: hash }).where('id', '=', id).execute();
    },
    async getSettings(id) {
      const row = await db.selectFrom('users').select('settings').where('id', '=', id).executeTakeFirst();
      return row?.settings;
    },
    async setSettings(id, settings) {
      await db.updateTable('users').set({ settings }).where('id', '=', id).execute();
    },
  };
}
