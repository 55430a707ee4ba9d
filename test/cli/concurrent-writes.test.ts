import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../src/core/import/schema.js';
import { ensureLocalUser } from '../../src/core/users/ensure-local-user.js';
import { connect } from '../../src/db/connect.js';
import { createRepos } from '../../src/db/repos/index.js';
import { appActingAs } from '../support/api.js';
import { runKith, runKithAsync, tempDataDir } from '../support/cli.js';
import { generateLinkedInCsv } from '../support/linkedin-file.js';
import { startServe } from '../support/servers.js';

const IMPORTED = 2_000;
const ADDED = 10;

describe('kith commands and kith serve writing one SQLite file at once', () => {
  it('answers no 500, fails no command, and loses no write: the counts add up', { timeout: 180_000 }, async () => {
    const dir = tempDataDir();
    const token = (await runKith(dir, ['tokens', 'create', '--name', 'load', '--json'])).json<{ token: string }>()
      .token;
    const file = join(dir, 'Connections.csv');
    writeFileSync(file, generateLinkedInCsv(IMPORTED));
    const server = await startServe({ dataDir: dir });
    const statuses = new Map<number, number>();
    let created = 0;
    let cliDone = false;
    try {
      // Four clients writing through the API, without pause, until every command is done.
      const writer = async (worker: number) => {
        for (let index = 0; !cliDone || index < 50; index++) {
          const response = await fetch(`${server.base}/api/v1/people`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ displayName: `API ${worker}-${index}` }),
          });
          await response.arrayBuffer();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status === 201) created += 1;
        }
      };
      const writers = Promise.all([0, 1, 2, 3].map(writer));
      const adds = (async () => {
        const results = [];
        for (let index = 0; index < ADDED; index++)
          results.push(await runKithAsync(dir, ['people', 'add', `CLI ${index}`]));
        return results;
      })();
      const [imported, dryRun, added] = await Promise.all([
        runKithAsync(dir, ['import', 'linkedin', file, '--json']),
        runKithAsync(dir, ['import', 'linkedin', file, '--dry-run', '--json']),
        adds,
      ]).finally(() => {
        cliDone = true;
      });
      await writers;

      const apiWrites = [...statuses.values()].reduce((sum, count) => sum + count, 0);
      console.info(
        `API writes beside the CLI: ${apiWrites} (${[...statuses].map(([status, count]) => `${count} × ${status}`).join(', ')}); ` +
          `import: exit ${imported.code}; dry run: exit ${dryRun.code}; people add: ${added.filter((r) => r.code === 0).length} of ${ADDED} succeeded`,
      );
      expect(imported.stderr).toBe('');
      expect(imported.json<ImportSummary>()).toMatchObject({ created: IMPORTED, dryRun: false });
      expect(dryRun.stderr).toBe('');
      expect(dryRun.json<ImportSummary>().dryRun).toBe(true);
      expect(added.map((result) => result.stderr)).toEqual(Array(ADDED).fill(''));
      expect([...statuses.keys()]).toEqual([201]);
    } finally {
      await server.stop();
    }
    const connection = await connect({ dialect: 'sqlite', file: join(dir, 'kith.db') });
    const { count } = await connection.db
      .selectFrom('person')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    await connection.close();
    expect(Number(count)).toBe(IMPORTED + ADDED + created);
  });

  it('answers 503 with Retry-After, and the CLI says so in words, once another process held the lock too long', {
    timeout: 120_000,
  }, async () => {
    const dir = tempDataDir();
    expect((await runKith(dir, ['people', 'add', 'Before'])).code).toBe(0);
    const connection = await connect({ dialect: 'sqlite', file: join(dir, 'kith.db'), busyWaitMs: 300 });
    const repos = createRepos(connection);
    const owner = await ensureLocalUser(repos.users, new Date());
    const app = await appActingAs(owner.id, { repos, webRoot: null });
    const add = (displayName: string) =>
      app.inject({ method: 'POST', url: '/api/v1/people', payload: { displayName } });
    const holder = new Database(join(dir, 'kith.db'));
    try {
      holder.exec('BEGIN IMMEDIATE');
      const busy = await add('Waited too long');
      expect(busy.statusCode).toBe(503);
      expect(busy.headers['retry-after']).toBe('2');
      expect(busy.json().error).toMatchObject({
        code: 'DATABASE_BUSY',
        message: expect.stringMatching(/^The database is busy/),
      });
      const cli = await runKithAsync(dir, ['people', 'add', 'Also waited'], { env: { KITH_BUSY_WAIT_MS: '300' } });
      expect(cli.code).toBe(1);
      expect(cli.stderr).toMatch(/^kith: The database is busy: another kith process has been writing to it/);
      // A dry run writes nothing, so it needs no lock and runs beside the writer.
      writeFileSync(join(dir, 'one.csv'), generateLinkedInCsv(3));
      const dryRun = await runKithAsync(dir, ['import', 'linkedin', join(dir, 'one.csv'), '--dry-run', '--json'], {
        env: { KITH_BUSY_WAIT_MS: '300' },
      });
      expect(dryRun.stderr).toBe('');
      expect(dryRun.json<ImportSummary>()).toMatchObject({ dryRun: true, created: 3 });
      holder.exec('ROLLBACK');
      expect((await add('After')).statusCode).toBe(201);
    } finally {
      holder.close();
      await app.close();
      await connection.close();
    }
    const names = (await runKith(dir, ['people', 'list', '--json'])).json<{ displayName: string }[]>();
    expect(names.map((person) => person.displayName).sort()).toEqual(['After', 'Before']);
  });
});
