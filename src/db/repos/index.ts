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

/** Owners whose repositories are kept built (a few kilobytes each: closures over the connection). */
const OWNERS_KEPT = 1000;

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

  // An owner's repositories hold only the connection and the owner id, so each owner's are
  // built once: the server asks for them on every request, twice (the token's owner, then
  // the user's), and building two dozen repositories each time cost a few per cent of a
  // search's CPU (issue 17).
  const owners = new Map<string, OwnerRepos>();
  return {
    users: usersRepo(connection.db),
    serverSettings: serverSettingsRepo(connection.db),
    digestSchedule: digestScheduleRepo(connection.db),
    forOwner(ownerId) {
      let repos = owners.get(ownerId);
      if (!repos) {
        repos = build(connection.db, ownerId, false);
        owners.set(ownerId, repos);
        // The least recently built go first past the bound.
        if (owners.size > OWNERS_KEPT) owners.delete(owners.keys().next().value as string);
      }
      return repos;
    },
  };
}
