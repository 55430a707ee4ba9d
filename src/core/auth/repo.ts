import type { OwnerRepos } from '../repos.js';
import type { ServerSettingsRepo } from '../server-settings/repo.js';
import type { UsersRepo } from '../users/repo.js';
import type { ApiToken } from './schema.js';

export type StoredSession = { idHash: string; createdAt: string; lastSeenAt: string };

/** Sessions, API tokens and sign-in links of one owner, found by the hash of their secret. */
export type AuthRepo = {
  insertSession(session: StoredSession): Promise<void>;
  getSession(idHash: string): Promise<StoredSession | undefined>;
  touchSession(idHash: string, at: string): Promise<void>;
  removeSession(idHash: string): Promise<boolean>;
  /** Removes every session of this owner except the one kept (none when null). */
  removeSessionsExcept(keepIdHash: string | null): Promise<void>;
  countSessions(): Promise<number>;

  insertToken(token: ApiToken & { tokenHash: string }): Promise<void>;
  getTokenByHash(tokenHash: string): Promise<ApiToken | undefined>;
  touchToken(id: string, at: string): Promise<void>;
  listTokens(): Promise<ApiToken[]>;
  removeToken(id: string): Promise<boolean>;

  insertSignInLink(link: { tokenHash: string; createdAt: string; expiresAt: string }): Promise<void>;
  /** Deletes the link and returns its expiry: a link works once at most. */
  takeSignInLink(tokenHash: string): Promise<{ expiresAt: string } | undefined>;

  /** A browser that signed in to this account (the hash of its device cookie's secret). */
  insertDevice(device: { secretHash: string; createdAt: string }): Promise<void>;
  hasDevice(secretHash: string): Promise<boolean>;
};

/**
 * What account use-cases receive: the accounts table, the server's settings (is sign-up
 * open?), and the way into one owner's repositories once a credential has named the owner.
 */
export type AccountDeps = {
  repos: { users: UsersRepo; serverSettings: ServerSettingsRepo; forOwner(ownerId: string): OwnerRepos };
  now: () => Date;
};
