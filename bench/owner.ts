import type { Deps } from '../src/core/repos.js';
import { newId } from '../src/core/shared/ids.js';
import type { Connection } from '../src/db/connect.js';
import { createRepos } from '../src/db/repos/index.js';

/** A new account for one benchmark's data, and the use cases' dependencies acting as it. */
export async function benchOwner(
  connection: Connection,
  now: () => Date,
  options: { isAdmin?: boolean } = {},
): Promise<Deps> {
  const repos = createRepos(connection);
  const ownerId = newId();
  await repos.users.insert({
    id: ownerId,
    email: `${ownerId}@bench.test`,
    displayName: null,
    isAdmin: options.isAdmin ?? false,
    createdAt: now().toISOString(),
    passwordHash: null,
  });
  return { repos: repos.forOwner(ownerId), now };
}
