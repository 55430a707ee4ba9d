import { ensureLocalUser } from '../core/users/ensure-local-user.js';
import { configFromEnvironment, connect } from '../db/connect.js';
import { createRepos } from '../db/repos/index.js';
import { buildApp } from './app.js';

export type ServerOptions = { host: string; port: number; dataDir?: string };

/** Opens the database, builds the app and listens; stops cleanly on SIGINT and SIGTERM. */
export async function startServer(options: ServerOptions): Promise<void> {
  const connection = await connect(configFromEnvironment({ dataDir: options.dataDir }));
  const repos = createRepos(connection);
  const owner = await ensureLocalUser(repos.users, new Date());
  const app = await buildApp({ repos, ownerId: owner.id, logger: { level: process.env.KITH_LOG_LEVEL ?? 'info' } });
  const stop = async () => {
    await app.close();
    await connection.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ host: options.host, port: options.port });
  process.stdout.write(`kith: data is stored in ${connection.location}\n`);
  process.stdout.write(`kith: serving http://${options.host}:${options.port}\n`);
}
