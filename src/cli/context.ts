import type { Deps } from '../core/repos.js';
import { ensureLocalUser } from '../core/users/ensure-local-user.js';
import type { User } from '../core/users/schema.js';
import { type Connection, configFromEnvironment, connect } from '../db/connect.js';
import { createRepos, type Repos } from '../db/repos/index.js';
import { workerThreads } from '../threads/off-thread.js';
import { cliIo } from './io.js';

export type GlobalOptions = { dataDir?: string };

/** What a command works with: the database, and the use-case deps for the local owner. */
export type CliContext = {
  connection: Connection;
  repos: Repos;
  owner: User;
  deps: Deps;
  close(): Promise<void>;
};

/**
 * Opens the database named by --data-dir or DATABASE_URL and works as the local owner
 * (created on first run), as a laptop install's CLI always does.
 */
export async function openContext(options: GlobalOptions, now: () => Date = () => new Date()): Promise<CliContext> {
  const connection = await connect(configFromEnvironment({ dataDir: options.dataDir, env: cliIo().env }));
  const repos = createRepos(connection);
  const owner = await ensureLocalUser(repos.users, now());
  return {
    connection,
    repos,
    owner,
    deps: { repos: repos.forOwner(owner.id), now, offThread: workerThreads() },
    close: () => connection.close(),
  };
}
