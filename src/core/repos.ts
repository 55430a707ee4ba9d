import type { AuthRepo } from './auth/repo.js';
import type { BackupRepo } from './backup/records.js';
import type { CalendarRepo } from './calendar/repo.js';
import type { AttendeesRepo } from './conference/repo.js';
import type { DavRepo } from './dav/repo.js';
import type { MergeRepo } from './dedupe/repo.js';
import type { DigestRepo } from './digest/repo.js';
import type { EventsRepo } from './events/repo.js';
import type { HealthRepo } from './health/repo.js';
import type { IdempotencyRepo } from './idempotency/repo.js';
import type { InteractionsRepo } from './interactions/repo.js';
import type { IntroductionsRepo } from './introductions/repo.js';
import type { ItemsRepo } from './items/repo.js';
import type { TodayPicksRepo } from './keep-in-touch/picks-repo.js';
import type { KeepInTouchRepo } from './keep-in-touch/repo.js';
import type { CardRepo } from './my-card/repo.js';
import type { OccasionsRepo } from './occasions/repo.js';
import type { OrganizationsRepo } from './organizations/repo.js';
import type { PeopleRepo } from './people/repo.js';
import type { PhotosRepo } from './photos/repo.js';
import type { RemindersRepo } from './reminders/repo.js';
import type { SettingsRepo } from './settings/repo.js';
import type { AccessRepo } from './shared/access.js';
import type { OffThread } from './shared/off-thread.js';
import type { SharesRepo } from './shares/repo.js';

/**
 * Every repository a use-case can reach, already scoped to one owner: a query made
 * through these cannot read or write another user's rows.
 */
export type OwnerRepos = {
  ownerId: string;
  people: PeopleRepo;
  /** Which ids a request names are the owner's: the one access check (`shared/access.ts`). */
  access: AccessRepo;
  /** Sessions, API tokens and sign-in links. */
  auth: AuthRepo;
  settings: SettingsRepo;
  interactions: InteractionsRepo;
  reminders: RemindersRepo;
  occasions: OccasionsRepo;
  keepInTouch: KeepInTouchRepo;
  /** The daily list's dormant tie and plain hello, tier-size advice and tier suggestions. */
  todayPicks: TodayPicksRepo;
  items: ItemsRepo;
  shares: SharesRepo;
  introductions: IntroductionsRepo;
  /** Every stored row of the features above, for the JSON backup. */
  backup: BackupRepo;
  /** Moves references from one person to another, for merges. */
  merge: MergeRepo;
  organizations: OrganizationsRepo;
  events: EventsRepo;
  /** Events' imported attendee lists (conference mode). */
  attendees: AttendeesRepo;
  /**
   * A value that changes whenever this owner's data (the tables that feed the daily list,
   * settings, API tokens) may have changed, written by this process or another; null when
   * storage cannot tell. An equal mark later means nothing of it changed (ADR 0010).
   */
  changeMark(): Promise<string | null>;
  /** Reads for the network-health figures. */
  health: HealthRepo;
  /** The calendar feed's secret and what only the feed reads. */
  calendar: CalendarRepo;
  /** The daily digest's settings and each day's delivery. */
  digest: DigestRepo;
  /** The address book's card names, raw vCard properties and changes (CardDAV). */
  dav: DavRepo;
  /** People's photos. */
  photos: PhotosRepo;
  /** Your own card and the hash of its link's secret. */
  myCard: CardRepo;
  /** Creates remembered by their client's Idempotency-Key, so a retry is answered, not repeated. */
  idempotency: IdempotencyRepo;
  /** Runs fn in one database transaction; nested calls join the outer one. */
  transaction<T>(fn: (repos: OwnerRepos) => Promise<T>): Promise<T>;
};

/** What every use-case receives: the owner's repositories and the clock. */
export type Deps = {
  repos: OwnerRepos;
  now: () => Date;
  /**
   * Where imports parse and validate: worker threads (`src/threads/`,
   * given by the CLI and the server), or this thread (`inThisThread`) when absent.
   */
  offThread?: OffThread;
};

/**
 * Runs fn in one transaction of the owner's repositories, handing it the same deps (clock,
 * ports) with the repositories inside the transaction, so a use-case calls other use-cases
 * with them as they are; nested calls join the outer transaction.
 */
export function inTransaction<T>(deps: Deps, fn: (tx: Deps) => Promise<T>): Promise<T> {
  return deps.repos.transaction((repos) => fn({ ...deps, repos }));
}
