import { spawn, spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { WORKER_FROM_CHARS } from '../../src/threads/read-validated.js';
import { kithBin, runKith, tempDataDir } from '../support/cli.js';
import { generateLinkedInCsv } from '../support/linkedin-file.js';

// 1.3 MB: past the 1 MiB at which the import parses in a worker thread (ADR 0013, checked
// below), so a kill lands in the same stages as with a larger file; each row more is paid
// about ten times (50,000 rows took ten minutes of a loaded two-core machine's suite).
const ROWS = 12_000;
/** One kill in each tenth of the import's time (and just past it), so every stage is hit without twenty tries at chance. */
const KILLS = 10;

/** A small seeded generator, so a failing run can be repeated with the same kill times. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function importProcess(dataDir: string, file: string) {
  return spawn(process.execPath, [kithBin(), '--data-dir', dataDir, 'import', 'linkedin', file, '--json'], {
    env: { ...process.env, DATABASE_URL: '', NO_COLOR: '1' },
    stdio: 'ignore',
  });
}

function inspect(dataDir: string): { integrity: string; people: number; keys: number; search: number } {
  const db = new SqliteDatabase(join(dataDir, 'kith.db'));
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join('; ');
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      integrity,
      people: count('person'),
      keys: count('person_key'),
      search: count('person_name_fts') + count('person_body_fts'),
    };
  } finally {
    db.close();
  }
}

describe(`kill -9 during a ${ROWS.toLocaleString('en-US')}-row import, ${KILLS} times`, () => {
  it('always leaves a database that passes integrity_check and holds all of the import or none of it', async () => {
    const file = join(tempDataDir(), 'Connections.csv');
    const csv = generateLinkedInCsv(ROWS);
    expect(csv.length).toBeGreaterThan(WORKER_FROM_CHARS);
    writeFileSync(file, csv);

    // One complete import measures how long the kill window must be, and what "all" holds.
    const reference = tempDataDir();
    const started = performance.now();
    const complete = spawnSync(process.execPath, [kithBin(), '--data-dir', reference, 'import', 'linkedin', file], {
      env: { ...process.env, DATABASE_URL: '', NO_COLOR: '1' },
    });
    const fullMs = performance.now() - started;
    expect(complete.status).toBe(0);
    const all = inspect(reference);
    expect(all).toMatchObject({ integrity: 'ok', people: ROWS, search: 2 * ROWS });

    // Each attempt starts from a copy of one migrated, empty database.
    const empty = tempDataDir();
    expect((await runKith(empty, ['people', 'list', '--json'])).code).toBe(0);
    const random = seededRandom(20260601);
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < KILLS; attempt += 1) {
      const dataDir = tempDataDir();
      cpSync(empty, dataDir, { recursive: true });
      const child = importProcess(dataDir, file);
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      const delay = Math.floor(((attempt + random()) / KILLS) * fullMs * 1.1);
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exited;
      const state = inspect(dataDir);
      expect(state.integrity, `attempt ${attempt}, killed after ${delay} ms`).toBe('ok');
      const none = { people: 0, keys: 0, search: 0 };
      const whole = { people: all.people, keys: all.keys, search: all.search };
      const { integrity: _integrity, ...counts } = state;
      expect([none, whole], `attempt ${attempt}, killed after ${delay} ms: ${JSON.stringify(counts)}`).toContainEqual(
        counts,
      );
      outcomes.push(counts.people === 0 ? 'none' : 'all');
    }
    console.info(
      `crash test: full import ${Math.round(fullMs)} ms; after ${KILLS} kills: ${outcomes.filter((o) => o === 'none').length} none, ${outcomes.filter((o) => o === 'all').length} all`,
    );
  }, 900_000);
});
