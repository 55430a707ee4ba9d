import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/db/connect.js';
import { withStatementCache } from '../../src/db/statement-cache.js';

describe('SQLite statement cache', () => {
  it('reuses a statement for the same SQL, but never one that is still being iterated', () => {
    const raw = openSqlite(':memory:');
    const sqlite = withStatementCache(raw);
    sqlite.exec('CREATE TABLE t (n INTEGER)');
    sqlite.prepare('INSERT INTO t VALUES (?)').run(1);
    sqlite.prepare('INSERT INTO t VALUES (?)').run(2);
    const select = 'SELECT n FROM t ORDER BY n';
    expect(sqlite.prepare(select)).toBe(sqlite.prepare(select));
    const seen: number[][] = [];
    for (const row of sqlite.prepare(select).iterate() as Iterable<{ n: number }>) {
      seen.push((sqlite.prepare(select).all() as { n: number }[]).map((inner) => inner.n + row.n));
    }
    expect(seen).toEqual([
      [2, 3],
      [3, 4],
    ]);
    sqlite.exec('ALTER TABLE t ADD COLUMN m INTEGER');
    expect(sqlite.prepare('SELECT count(*) AS c FROM t').get()).toEqual({ c: 2 });
    raw.close();
  });
});
