import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../connect.js';
import * as foundation from './0001-foundation.js';
import * as keepInTouch from './0002-keep-in-touch.js';
import * as giveFirst from './0004-give-first.js';
import * as accounts from './0005-accounts.js';
import * as events from './0006-events.js';
import * as peopleSearchSpeed from './0007-people-search-speed.js';
import * as ownerRevision from './0008-owner-revision.js';
import * as serverSettings from './0009-server-settings.js';
import * as peopleWriteSpeed from './0010-people-write-speed.js';
import * as sharedSignInState from './0011-shared-sign-in-state.js';
import * as calendarAndDigest from './0012-calendar-and-digest.js';
import * as carddav from './0013-carddav.js';
import * as dailyListResearch from './0014-daily-list-research.js';
import * as giftSuggestions from './0016-gift-suggestions.js';
import * as introductionDismissals from './0017-introduction-dismissals.js';
import * as interactionEventReference from './0018-interaction-event-reference.js';
import * as personPhotos from './0019-person-photos.js';
import * as personNameLookup from './0021-person-name-lookup.js';
import * as clientRequests from './0022-client-requests.js';
import * as myCard from './0023-my-card.js';
import * as eventAttendees from './0024-event-attendees.js';
import * as personWords from './0026-person-words.js';
import * as personNameStarts from './0027-person-name-starts.js';
import * as bodyPrefixIndex from './0028-body-prefix-index.js';

type MigrationModule = { up(db: Kysely<unknown>, dialect: Dialect): Promise<void> };

/** Every migration, in order; one list for both databases. */
const migrations: Record<string, MigrationModule> = {
  '0001-foundation': foundation,
  '0002-keep-in-touch': keepInTouch,
  '0004-give-first': giveFirst,
  '0005-accounts': accounts,
  '0006-events': events,
  '0007-people-search-speed': peopleSearchSpeed,
  '0008-owner-revision': ownerRevision,
  '0009-server-settings': serverSettings,
  '0010-people-write-speed': peopleWriteSpeed,
  '0011-shared-sign-in-state': sharedSignInState,
  '0012-calendar-and-digest': calendarAndDigest,
  '0013-carddav': carddav,
  '0014-daily-list-research': dailyListResearch,
  '0016-gift-suggestions': giftSuggestions,
  '0017-introduction-dismissals': introductionDismissals,
  '0018-interaction-event-reference': interactionEventReference,
  '0019-person-photos': personPhotos,
  '0021-person-name-lookup': personNameLookup,
  '0022-client-requests': clientRequests,
  '0023-my-card': myCard,
  '0024-event-attendees': eventAttendees,
  '0026-person-words': personWords,
  '0027-person-name-starts': personNameStarts,
  '0028-body-prefix-index': bodyPrefixIndex,
};

export function migrationsFor(dialect: Dialect): Record<string, Migration> {
  return Object.fromEntries(
    Object.entries(migrations).map(([name, migration]) => [name, { up: (db) => migration.up(db, dialect) }]),
  );
}
