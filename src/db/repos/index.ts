import type { Kysely } from 'kysely';
import type { DigestScheduleRepo } from '../../core/digest/repo.js';
import type { OwnerRepos } from '../../core/repos.js';
import type { ServerSettingsRepo } from '../../core/server-settings/repo.js';
import type { UsersRepo } from '../../core/users/repo.js';
import type { Connection } from '../connect.js';
import type { Database } from '../schema.js';
import { accessRepo } from './access.js';
import { attendeesRepo } from './attendees.js';
import { authRepo } from './auth.js';
import { backupRepo } from './backup.js';
import { calendarRepo } from './calendar.js';
import { changeMark } from './change-mark.js';
import { davRepo } from './dav.js';
import { digestRepo, digestScheduleRepo } from './digest.js';
import { eventsRepo } from './events.js';
import { healthRepo } from './health.js';
import { idempotencyRepo } from './idempotency.js';
import { interactionsRepo } from './interactions.js';
import { introductionsRepo } from './introductions.js';
import { itemsRepo } from './items.js';
import { keepInTouchRepo } from './keep-in-touch.js';
import { mergeRepo } from './merge.js';
import { myCardRepo } from './my-card.js';
import { occasionsRepo } from './occasions.js';
import { onFirstCall } from './on-first-call.js';
import { organizationsRepo } from './organizations.js';
import { photosRepo } from './photos.js';
import { remindersRepo } from './reminders.js';
import { serverSettingsRepo } from './server-settings.js';
import { settingsRepo } from './settings.js';
import { sharesRepo } from './shares.js';
import { todayPicksRepo } from './today-picks.js';
import { usersRepo } from './users.js';

export type Repos = {
  users: UsersRepo;
  /** Settings of the server (sign-up), changed by admins. */
  serverSettings: ServerSettingsRepo;
  /** Whose daily digest is on: the scheduler's one read across owners. */
  digestSchedule: DigestScheduleRepo;
  /** The only way to reach user data: every repository it returns filters by this owner. */
  forOwner(ownerId: string): OwnerRepos;
};

export function createRepos(connection: Pick<Connection, 'db' | 'dialect' | 'sqlite'>): Repos {
  const { dialect, sqlite } = connection;

  function build(db: Kysely<Database>, ownerId: string, inTransaction: boolean): OwnerRepos {
    const repos: OwnerRepos = {
      ownerId,
      // Its module (search, bulk insert, phone keys with libphonenumber's numbering rules) is
      // as large as every other repository together, and many commands (`kith today`) never
      // call it: loaded on its first call, it stays out of their start (issue 17).
      people: onFirstCall(async () => (await import('./people.js')).peopleRepo(db, dialect, ownerId, sqlite)),
      access: accessRepo(db, ownerId),
      auth: authRepo(db, ownerId),
      settings: settingsRepo(db, ownerId),
      interactions: interactionsRepo(db, dialect, ownerId),
      reminders: remindersRepo(db, ownerId),
      occasions: occasionsRepo(db, ownerId),
      keepInTouch: keepInTouchRepo(db, ownerId),
      todayPicks: todayPicksRepo(db, ownerId),
      items: itemsRepo(db, ownerId),
      shares: sharesRepo(db, ownerId),
      introductions: introductionsRepo(db, ownerId),
      backup: backupRepo(db, ownerId),
      merge: mergeRepo(db, ownerId, sqlite),
      organizations: organizationsRepo(db, ownerId),
      events: eventsRepo(db, ownerId),
      attendees: attendeesRepo(db, ownerId),
      changeMark: () => changeMark(db, dialect, ownerId),
      health: healthRepo(db, ownerId),
      calendar: calendarRepo(db, ownerId),
      digest: digestRepo(db, ownerId),
      dav: davRepo(db, ownerId),
      photos: photosRepo(db, ownerId),
      myCard: myCardRepo(db, ownerId),
      idempotency: idempotencyRepo(db, ownerId),
      transaction(fn) {
        if (inTransaction) return fn(repos);
        return db.transaction().execute((trx) => fn(build(trx, ownerId, true)));
      },
    };
    return repos;
  }

  return {
    users: usersRepo(connection.db),
    serverSettings: serverSettingsRepo(connection.db),
    digestSchedule: digestScheduleRepo(connection.db),
    forOwner: (ownerId) => build(connection.db, ownerId, false),
  };
}
