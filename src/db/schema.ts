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
};

/** Emails, phones, links, tags, topics, offers and needs: one row per value. */
export type PersonValueTable = {
  owner_id: string;
  person_id: string;
  kind: string;
  position: number;
  value: string;
  value_key: string;
  label: string | null;
};

/** PostgreSQL's search rows (SQLite keeps the same text in the person_*_fts FTS5 tables). */
export type PersonSearchTable = {
  owner_id: string;
  person_id: string;
  name_text: string;
  body_text: string;
  all_text: string;
  tsv: Generated<string>;
};

export type PersonNameFtsTable = {
  rowid: number;
  owner_id: string;
  person_id: string;
  name_text: string;
  company_text: string;
};

export type PersonBodyFtsTable = {
  rowid: number;
  owner_id: string;
  person_id: string;
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
};

/** A one-time sign-in link (local mode), stored as its SHA-256, single use. */
export type SignInLinkTable = {
  owner_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
};

export type Database = {
  users: UserTable;
  person: PersonTable;
  person_value: PersonValueTable;
  person_search: PersonSearchTable;
  person_name_fts: PersonNameFtsTable;
  person_body_fts: PersonBodyFtsTable;
  session: SessionTable;
  api_token: ApiTokenTable;
  sign_in_link: SignInLinkTable;
};
