import type { Generated } from 'kysely';

/**
 * Table types for Kysely. Every value is text or a number on both databases (dates and
 * times are ISO strings, booleans are 0/1, JSON is text), so one code path serves both.
 */

export type UserTable = {
  id: string;
  email: string;
  password_hash: string | null;
  display_name: string | null;
  time_zone: string | null;
  settings: string;
  is_admin: number;
  created_at: string;
};

export type PersonTable = {
  owner_id: string;
  id: string;
  display_name: string;
  sort_name: string;
  search_name: string;
  search_rowid: number | null;
  /** The words of the person's word index text, each between spaces, as search checks them on the row (0029). */
  search_words: string;
  given_name: string | null;
  family_name: string | null;
  nickname: string | null;
  title: string | null;
  company: string | null;
  industry: string | null;
  location: string | null;
  birthday: string | null;
  tier: string;
  cadence_days: number | null;
  how_met: string | null;
  met_on: string | null;
  introduced_by_id: string | null;
  notes: string | null;
  archived: number;
  created_at: string;
  updated_at: string;
  /** Emails, phones, links, tags, topics, offers and needs, as JSON (lists left out when empty). */
  values_json: string;
  /** The latest local day of this person's interactions: kept by the interactions repository. */
  last_interaction_on?: string | null;
  /** The owner's card revision when this person's address-book card last changed (migration 0013). */
  card_revision?: number;
  /** 1 for a relative: friends come due before family at the same tier and silence (0014). */
  family?: number;
};

/** The keys other people are matched by (emails, phones, links): one row per key and person. */
export type PersonKeyTable = {
  owner_id: string;
  kind: string;
  value_key: string;
  person_id: string;
};

/**
 * A start (one to four characters) of a word of a person's name, in name order: search by
 * the first letters (migration 0027); with the person's folded name, which a search checks
 * on the row itself (migration 0032).
 */
export type PersonNameStartTable = {
  owner_id: string;
  start: string;
  sort_name: string;
  person_id: string;
  search_name: string;
};

/** PostgreSQL's search rows (SQLite indexes the same text in the contentless person_*_fts FTS5 tables). */
export type PersonSearchTable = {
  owner_id: string;
  person_id: string;
  /**
   * The person's `sort_name` and `archived`, copied by triggers (migration 0041), so search
   * reads people in name order on this table alone.
   */
  sort_name: Generated<string>;
  archived: Generated<number>;
  name_text: string;
  /** Every suffix of the company's words (`wordSuffixes`): substring matches through the tsvector. */
  company_words: string;
  body_text: string;
  /** The rest and the company's words, then the name words' marks (`person_name_marks`, migration 0039). */
  tsv: Generated<string>;
};

/** Contentless: owner_id and person_id are declared but never stored (they read as null). */
export type PersonNameFtsTable = {
  rowid: number;
  owner_id: string | null;
  person_id: string | null;
  name_text: string;
  /** Unused since 0007 (the company is in person_body_fts as word suffixes); kept for existing writers. */
  company_text: string | null;
};

/**
 * PostgreSQL only (migration 0026): one row per lexeme of a person's `person_search.tsv`,
 * written by triggers on person_search, read by give first's word index (ADR 0037).
 */
export type PersonWordTable = {
  owner_id: string;
  word: string;
  person_id: string;
};

export type PersonBodyFtsTable = {
  rowid: number;
  owner_id: string | null;
  person_id: string | null;
  body_text: string;
};

/** A signed-in browser: the SHA-256 of its 128-bit session id, never the id itself. */
export type SessionTable = {
  owner_id: string;
  id_hash: string;
  created_at: string;
  last_seen_at: string;
};

/** A token for scripts, shown once and stored as its SHA-256. */
export type ApiTokenTable = {
  owner_id: string;
  id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  /** `api` (Bearer, the HTTP API) or `dav` (an app password for CardDAV); migration 0013. */
  kind?: string;
};

/** A one-time sign-in link (local mode), stored as its SHA-256, single use. */
export type SignInLinkTable = {
  owner_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
};

/** Something to give: an article, job listing or resource. Topics are a JSON array of strings. */
export type ItemTable = {
  owner_id: string;
  id: string;
  kind: string;
  title: string;
  url: string | null;
  source: string;
  text: string;
  summary: string | null;
  topics: string;
  company: string | null;
  role: string | null;
  location: string | null;
  archived: number;
  created_at: string;
  updated_at: string;
};

export type ShareTable = {
  owner_id: string;
  id: string;
  item_id: string;
  person_id: string;
  shared_at: string;
  note: string | null;
};

export type IntroductionTable = {
  owner_id: string;
  id: string;
  person_a_id: string;
  person_b_id: string;
  reason: string;
  status: string;
  suggested_on: string;
  asked_a_on: string | null;
  asked_b_on: string | null;
  made_on: string | null;
  declined_on: string | null;
  follow_up_due: string | null;
  follow_up_reminder_id: string | null;
  followed_up_on: string | null;
  created_at: string;
  updated_at: string;
};

export type IntroductionDismissalTable = {
  owner_id: string;
  person_a_id: string;
  person_b_id: string;
  feedback: string | null;
  dismissed_at: string;
};

export type InteractionTable = {
  owner_id: string;
  id: string;
  /** A date-time (ISO, UTC) or, when only the day is known, a date. */
  occurred_at: string;
  /** The local date in the user's zone when it was logged: what resets the clock. */
  occurred_on: string;
  kind: string;
  summary: string;
  notes: string | null;
  event_id: string | null;
  created_at: string;
  updated_at: string;
};

export type InteractionPersonTable = {
  owner_id: string;
  interaction_id: string;
  person_id: string;
  occurred_on: string;
};

/** Per person: snooze and drift silence. */
export type ContactStateTable = {
  owner_id: string;
  person_id: string;
  snoozed_until: string | null;
  drift_silenced_until: string | null;
};

export type ReminderTable = {
  owner_id: string;
  id: string;
  person_id: string | null;
  text: string;
  due_on: string;
  snoozed_until: string | null;
  done_at: string | null;
  created_at: string;
  updated_at: string;
};

export type OccasionTable = {
  owner_id: string;
  id: string;
  person_id: string;
  label: string;
  /** YYYY-MM-DD, or --MM-DD when the year is unknown. */
  date: string;
  created_at: string;
};

export type SuggestionTable = {
  owner_id: string;
  person_id: string;
  shown_on: string;
};

/** The daily list's own picks (a dormant tie, a plain hello), one of a kind a day, and their dismissals (0014). */
export type TodayPickTable = {
  owner_id: string;
  kind: string;
  shown_on: string;
  person_id: string;
  dismissed_on: string | null;
};

/** Tier-size advice answered, per tier, at the size the tier then had (0014). */
export type TierAdviceTable = {
  owner_id: string;
  tier: string;
  answered_size: number;
  answered_on: string;
};

/** An item proposed to a person on the daily list, one pair a day at most (0016). */
export type GiftSuggestionTable = {
  owner_id: string;
  item_id: string;
  person_id: string;
  shown_on: string;
};

export type OrganizationTable = {
  owner_id: string;
  id: string;
  name: string;
  sort_name: string;
  kind: string;
  url: string | null;
  notes: string | null;
  member_since: string | null;
  member_role: string | null;
  member_renews_on: string | null;
  member_reminder_id: string | null;
  created_at: string;
  updated_at: string;
};

export type AffiliationTable = {
  owner_id: string;
  organization_id: string;
  person_id: string;
  role: string | null;
  current: number;
  created_at: string;
};

export type EventTable = {
  owner_id: string;
  id: string;
  name: string;
  kind: string;
  starts_on: string;
  ends_on: string | null;
  location: string | null;
  url: string | null;
  organization_id: string | null;
  status: string;
  role: string;
  talk_title: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  /** Migration 0024: what the talk is about, and the item holding its slides once sent. */
  talk_description: string | null;
  talk_item_id: string | null;
};

/** A row of an event's imported attendee or speaker list (migration 0024); not a person. */
export type EventAttendeeTable = {
  owner_id: string;
  event_id: string;
  id: string;
  line: number;
  name: string;
  company: string | null;
  title: string | null;
  email: string | null;
  profile_url: string | null;
  person_id: string | null;
  match_evidence: string | null;
  created_at: string;
};

/** A person met (with a follow-up state) or attending at an event. */
export type EventPersonTable = {
  owner_id: string;
  event_id: string;
  person_id: string;
  relation: string;
  note: string | null;
  follow_up: string | null;
  follow_up_at: string | null;
  created_at: string;
};

/** PostgreSQL only (migration 0008): raised by triggers on every write of the owner's data. */
export type OwnerRevisionTable = {
  owner_id: string;
  revision: string | number;
};

/** Settings of the server, not of a user (ADR 0011). */
export type ServerSettingTable = {
  name: string;
  value: string;
  updated_at: string;
  updated_by: string | null;
};

/** Failed sign-ins per key in a window ending at reset_at (ms since the epoch); migration 0011. */
export type SignInCounterTable = {
  key: string;
  count: number;
  reset_at: number | string;
};

/** A browser that has signed in to this account before: the SHA-256 of its device cookie's secret. */
export type SignInDeviceTable = {
  owner_id: string;
  secret_hash: string;
  created_at: string;
};

/** One calendar feed per owner: the SHA-256 of its 128-bit secret, never the secret. */
export type CalendarFeedTable = {
  owner_id: string;
  secret_hash: string;
  created_at: string;
  last_fetched_at: string | null;
};

/** Your own card: its values and shown fields as JSON text (`MyCard`). */
export type MyCardTable = { owner_id: string; card: string; updated_at: string };

/** The link that downloads your card: the SHA-256 of its 128-bit secret, never the secret. */
export type MyCardLinkTable = {
  owner_id: string;
  secret_hash: string;
  created_at: string;
  last_fetched_at: string | null;
};

/** When and where the daily digest goes; weekdays as ISO digits, "12345" for Monday to Friday. */
export type DigestSettingTable = {
  owner_id: string;
  email: number;
  /** Where the email goes; null is the account's address (migration 0045). */
  address?: string | null;
  hour: number;
  weekdays: string;
  webhook_url: string | null;
  webhook_secret: string | null;
  unsubscribe_token: string;
  updated_at: string;
};

/** A day's digest on one channel, claimed before sending: the key is the "sent once" guarantee. */
export type DigestDeliveryTable = {
  owner_id: string;
  local_day: string;
  channel: string;
  /** sending (claimed, lease running), sent, failed (waiting for its next attempt), gave-up. */
  status: string;
  attempts: number;
  lease_until: string;
  claimed_by: string;
  sent_at: string | null;
  last_error: string | null;
  updated_at: string;
};

export type Database = {
  users: UserTable;
  person: PersonTable;
  person_key: PersonKeyTable;
  person_search: PersonSearchTable;
  person_name_start: PersonNameStartTable;
  person_name_fts: PersonNameFtsTable;
  person_body_fts: PersonBodyFtsTable;
  person_word: PersonWordTable;
  session: SessionTable;
  api_token: ApiTokenTable;
  sign_in_link: SignInLinkTable;
  item: ItemTable;
  share: ShareTable;
  introduction: IntroductionTable;
  introduction_dismissal: IntroductionDismissalTable;
  interaction: InteractionTable;
  interaction_person: InteractionPersonTable;
  contact_state: ContactStateTable;
  reminder: ReminderTable;
  occasion: OccasionTable;
  suggestion: SuggestionTable;
  gift_suggestion: GiftSuggestionTable;
  organization: OrganizationTable;
  affiliation: AffiliationTable;
  event: EventTable;
  event_person: EventPersonTable;
  event_attendee: EventAttendeeTable;
  owner_revision: OwnerRevisionTable;
  server_setting: ServerSettingTable;
  sign_in_counter: SignInCounterTable;
  sign_in_device: SignInDeviceTable;
  calendar_feed: CalendarFeedTable;
  digest_setting: DigestSettingTable;
  digest_delivery: DigestDeliveryTable;
  card_clock: CardClockTable;
  card_tombstone: CardTombstoneTable;
  dav_card: DavCardTable;
  person_photo: PersonPhotoTable;
  client_request: ClientRequestTable;
  today_pick: TodayPickTable;
  tier_advice: TierAdviceTable;
  my_card: MyCardTable;
  my_card_link: MyCardLinkTable;
};

/** Each owner's latest card revision (CardDAV sync tokens), in the epoch a restore started ('' before any). */
export type CardClockTable = { owner_id: string; revision: number; epoch?: string };

/** A card name gone (person deleted or merged away): the address book reports it gone after this revision. */
export type CardTombstoneTable = { owner_id: string; href: string; revision: number };

/** A card's resource name and UID as the phone chose them, and the vCard properties kith keeps raw. */
export type DavCardTable = { owner_id: string; person_id: string; href: string; uid: string; extras: string };

/** A person's photo: the resized picture as base64 (`content_type`, `data`), or a link kith never fetches (`url`). */
export type PersonPhotoTable = {
  owner_id: string;
  person_id: string;
  content_type: string | null;
  data: string | null;
  url: string | null;
  width: number | null;
  height: number | null;
  hash: string;
  updated_at: string;
};

/** A create sent with an Idempotency-Key, and the answer it got: a retry gets the same answer. */
export type ClientRequestTable = {
  owner_id: string;
  key: string;
  request: string;
  status: number;
  response: string;
  created_at: string;
};
