import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Tests and benchmarks share one PostgreSQL server, each in its own schema. A bare
 * `ANALYZE` (or `VACUUM`) reads every schema on the server, and records the tables another
 * session is loading in one transaction as empty: their rows are not yet visible to it.
 * Planned from that, a bench's bulk load checked each foreign key of `person_search` by
 * walking all of the owner's people in `person_owner_full_name_key` (stalled for tens of
 * minutes at a million people). So every ANALYZE or VACUUM names its tables.
 */
const root = resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' || entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** A statement (sql`…` or query('…')) that is `ANALYZE`, `VACUUM` or `VACUUM ANALYZE` alone: no table named. */
const wholeServer = /(?:sql`|query\(\s*[`'"])\s*(?:vacuum(?:\s+analyze)?|analyze)\s*;?\s*[`'"]/gi;

function wholeServerStatements(text: string): string[] {
  return [...text.matchAll(wholeServer)].map((match) => `line ${text.slice(0, match.index).split('\n').length}`);
}

describe('statements on the shared PostgreSQL server', () => {
  it('finds an ANALYZE or VACUUM with no table named', () => {
    expect(wholeServerStatements('await sql`ANALYZE`.execute(db);')).toEqual(['line 1']);
    expect(wholeServerStatements("await client.query('vacuum analyze;');")).toEqual(['line 1']);
    expect(wholeServerStatements('await sql`ANALYZE person`.execute(db);')).toEqual([]);
    expect(wholeServerStatements("explain = 'EXPLAIN (ANALYZE, BUFFERS) '")).toEqual([]);
    expect(wholeServerStatements("lap('vacuum analyze'); argv.includes('--no-vacuum')")).toEqual([]);
  });

  it('every ANALYZE and VACUUM in tests, benchmarks and code names its tables', () => {
    const offenders = ['src', 'test', 'bench'].flatMap((dir) =>
      sourceFiles(join(root, dir)).flatMap((file) =>
        file.endsWith('shared-server.test.ts')
          ? []
          : wholeServerStatements(readFileSync(file, 'utf8')).map((line) => `${relative(root, file)} ${line}`),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
