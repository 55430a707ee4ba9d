import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../connect.js';

type MigrationModule = { up(db: Kysely<unknown>, dialect: Dialect): Promise<void> };

/**
 * Every migration, in order; one list for both databases. Each module is loaded only when
 * migrations run: a command on a database already at the latest one reads just the names.
 */
const migrations: Record<string, () => Promise<MigrationModule>> = {
  '0001-foundation': () => import('./0001-foundation.js'),
  '0002-keep-in-touch': () => import('./0002-keep-in-touch.js'),
  '0004-give-first': () => import('./0004-give-first.js'),
  '0005-accounts': () => import('./0005-accounts.js'),
  '0006-events': () => import('./0006-events.js'),
  '0007-people-search-speed': () => import('./0007-people-search-speed.js'),
  '0008-owner-revision': () => import('./0008-owner-revision.js'),
  '0009-server-settings': () => import('./0009-server-settings.js'),
  '0010-people-write-speed': () => import('./0010-people-write-speed.js'),
  '0011-shared-sign-in-state': () => import('./0011-shared-sign-in-state.js'),
  '0012-calendar-and-digest': () => import('./0012-calendar-and-digest.js'),
  '0013-carddav': () => import('./0013-carddav.js'),
  '0014-daily-list-research': () => import('./0014-daily-list-research.js'),
  '0016-gift-suggestions': () => import('./0016-gift-suggestions.js'),
  '0017-introduction-dismissals': () => import('./0017-introduction-dismissals.js'),
  '0018-interaction-event-reference': () => import('./0018-interaction-event-reference.js'),
  '0019-person-photos': () => import('./0019-person-photos.js'),
  '0021-person-name-lookup': () => import('./0021-person-name-lookup.js'),
  '0022-client-requests': () => import('./0022-client-requests.js'),
  '0023-my-card': () => import('./0023-my-card.js'),
  '0024-event-attendees': () => import('./0024-event-attendees.js'),
  '0026-person-words': () => import('./0026-person-words.js'),
  '0027-person-name-starts': () => import('./0027-person-name-starts.js'),
  '0028-body-prefix-index': () => import('./0028-body-prefix-index.js'),
  '0029-person-scan-words': () => import('./0029-person-scan-words.js'),
  '0032-name-starts-hold-names': () => import('./0032-name-starts-hold-names.js'),
  '0036-name-suffixes-in-word-index': () => import('./0036-name-suffixes-in-word-index.js'),
  '0039-name-marks-in-tsvector': () => import('./0039-name-marks-in-tsvector.js'),
  '0041-search-rows-in-name-order': () => import('./0041-search-rows-in-name-order.js'),
  '0043-archived-people-apart': () => import('./0043-archived-people-apart.js'),
  '0044-card-clock-epoch': () => import('./0044-card-clock-epoch.js'),
  '0045-digest-address': () => import('./0045-digest-address.js'),
  '0046-dav-card-uid-index': () => import('./0046-dav-card-uid-index.js'),
  '0047-occasions-move-their-cards': () => import('./0047-occasions-move-their-cards.js'),
  '0048-first-tier-without-name-starts': () => import('./0048-first-tier-without-name-starts.js'),
};

/** The name of every migration, in order. */
export const migrationNames: readonly string[] = Object.keys(migrations);

export async function migrationsFor(dialect: Dialect): Promise<Record<string, Migration>> {
  const loaded = await Promise.all(
    Object.entries(migrations).map(async ([name, load]): Promise<[string, Migration]> => {
      const migration = await load();
      return [name, { up: (db) => migration.up(db, dialect) }];
    }),
  );
  return Object.fromEntries(loaded);
}
