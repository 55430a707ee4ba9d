import type { Kysely, Selectable } from 'kysely';
import type { DigestRepo, DigestScheduleRepo } from '../../core/digest/repo.js';
import type { Delivery } from '../../core/digest/schema.js';
import type { Database, DigestDeliveryTable } from '../schema.js';

const deliveryFromRow = (row: Selectable<DigestDeliveryTable>): Delivery => ({
  day: row.local_day,
  status: row.status as Delivery['status'],
  attempts: Number(row.attempts),
  sentAt: row.sent_at,
  lastError: row.last_error,
  updatedAt: row.updated_at,
});

export function digestRepo(db: Kysely<Database>, ownerId: string): DigestRepo {
  return {
    async account() {
      const row = await db.selectFrom('users').select('email').where('id', '=', ownerId).executeTakeFirstOrThrow();
      return { email: row.email };
    },
    async getSettings() {
      const row = await db.selectFrom('digest_setting').selectAll().where('owner_id', '=', ownerId).executeTakeFirst();
      return (
        row && {
          email: row.email === 1,
          address: row.address ?? null,
          hour: Number(row.hour),
          weekdays: [...row.weekdays].map(Number),
          webhookUrl: row.webhook_url,
          webhookSecret: row.webhook_secret,
          unsubscribeToken: row.unsubscribe_token,
        }
      );
    },
    async saveSettings(settings, at) {
      const values = {
        email: settings.email ? 1 : 0,
        address: settings.address,
        hour: settings.hour,
        weekdays: settings.weekdays.join(''),
        webhook_url: settings.webhookUrl,
        webhook_secret: settings.webhookSecret,
        unsubscribe_token: settings.unsubscribeToken,
        updated_at: at,
      };
      await db
        .insertInto('digest_setting')
        .values({ owner_id: ownerId, ...values })
        .onConflict((oc) => oc.column('owner_id').doUpdateSet(values))
        .execute();
    },
    async lastDelivery(channel) {
      const row = await db
        .selectFrom('digest_delivery')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('channel', '=', channel)
        .orderBy('local_day', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row && deliveryFromRow(row);
    },
    async claim({ day, channel, claimedBy, now, leaseUntil, maxAttempts }) {
      const inserted = await db
        .insertInto('digest_delivery')
        .values({
          owner_id: ownerId,
          local_day: day,
          channel,
          status: 'sending',
          attempts: 1,
          lease_until: leaseUntil,
          claimed_by: claimedBy,
          sent_at: null,
          last_error: null,
          updated_at: now,
        })
        .onConflict((oc) => oc.columns(['owner_id', 'local_day', 'channel']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return true;
      // Take over a failed attempt whose retry time has come, or a claim whose server died:
      // one UPDATE whose condition only one server can meet (the row lock serializes them).
      const taken = await db
        .updateTable('digest_delivery')
        .set((eb) => ({
          status: 'sending',
          attempts: eb('attempts', '+', 1),
          lease_until: leaseUntil,
          claimed_by: claimedBy,
          updated_at: now,
        }))
        .where('owner_id', '=', ownerId)
        .where('local_day', '=', day)
        .where('channel', '=', channel)
        .where('status', 'in', ['sending', 'failed'])
        .where('lease_until', '<=', now)
        .where('attempts', '<', maxAttempts)
        .executeTakeFirst();
      return Number(taken.numUpdatedRows) > 0;
    },
    async finish({ day, channel, status, at, error, retryAt }) {
      // The row is the claim's: only a claimed attempt is finished.
      await db
        .updateTable('digest_delivery')
        .set({
          status,
          lease_until: retryAt,
          last_error: error,
          updated_at: at,
          ...(status === 'sent' ? { sent_at: at } : {}),
        })
        .where('owner_id', '=', ownerId)
        .where('local_day', '=', day)
        .where('channel', '=', channel)
        .execute();
    },
  };
}

export function digestScheduleRepo(db: Kysely<Database>): DigestScheduleRepo {
  return {
    async ownersWithDigest() {
      const rows = await db
        .selectFrom('digest_setting')
        .select('owner_id')
        .where((eb) => eb.or([eb('email', '=', 1), eb('webhook_url', 'is not', null)]))
        .orderBy('owner_id')
        .execute();
      return rows.map((row) => row.owner_id);
    },
  };
}
