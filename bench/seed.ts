/**
 * `npm run seed -- --people N [--seed S] [--data-dir DIR]`: adds a generated network to a
 * data dir (or to DATABASE_URL), as the local owner, in one transaction.
 */
import { parseArgs } from 'node:util';
import { generateNetwork } from '../src/core/demo/generate-network.js';
import { createPeople } from '../src/core/people/create-people.js';
import { ensureLocalUser } from '../src/core/users/ensure-local-user.js';
import { configFromEnvironment, connect } from '../src/db/connect.js';
import { createRepos } from '../src/db/repos/index.js';
import { workerThreads } from '../src/threads/off-thread.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '42' },
    'data-dir': { type: 'string' },
  },
});

const count = Number(values.people);
if (!Number.isInteger(count) || count < 1) {
  process.stderr.write('seed: --people must be a positive whole number\n');
  process.exit(2);
}

const connection = await connect(configFromEnvironment({ dataDir: values['data-dir'] }));
try {
  const repos = createRepos(connection);
  const owner = await ensureLocalUser(repos.users, new Date());
  const inputs = generateNetwork({ people: count, seed: Number(values.seed) });
  const start = performance.now();
  await createPeople({ repos: repos.forOwner(owner.id), now: () => new Date(), offThread: workerThreads() }, inputs);
  const seconds = (performance.now() - start) / 1000;
  process.stdout.write(`seeded ${count} people into ${connection.location} in ${seconds.toFixed(2)} s\n`);
} finally {
  await connection.close();
}
