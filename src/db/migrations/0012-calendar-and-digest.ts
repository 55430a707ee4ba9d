import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * kith comes to you: the calendar feed's secret (its SHA-256 only, one feed per owner),
 * the digest's per-owner settings, and one row per (owner, local day, channel) that a
 * server claims before it sends that day's digest: the primary key is what keeps two
 * servers from both sending it (ADR 0018).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('calendar_feed')
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('secret_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_fetched_at', 'text')
    .addPrimaryKeyConstraint('calendar_feed_pk', ['owner_id'])
    .execute();

  await db.schema
    .createTable('digest_setting')
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('email', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('hour', 'integer', (col) => col.notNull().defaultTo(7))
    .addColumn('weekdays', 'text', (col) => col.notNull())
    .addColumn('webhook_url', 'text')
    .addColumn('webhook_secret', 'text')
    .addColumn('unsubscribe_token', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('digest_setting_pk', ['owner_id'])
    .execute();

  await db.schema
    .createTable('digest_delivery')
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('local_day', 'text', (col) => col.notNull())
    .addColumn('channel', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('lease_until', 'text', (col) => col.notNull())
    .addColumn('claimed_by', 'text', (col) => col.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('digest_delivery_pk', ['owner_id', 'local_day', 'channel'])
    .execute();
}
