import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { connect } from './connect.js';
import { createRepos } from './repos/index.js';

describe('SQLite rows (readRows)', () => {
  it('are the rows better-sqlite3 makes: names, values and types, a repeated name keeping the last column', async () => {
    const connection = await connect({ dialect: 'sqlite', file: ':memory:' });
    try {
      const query = sql<Record<string, unknown>>`SELECT 1 AS n, 'text' AS s, NULL AS empty, 2.5 AS x, x'00ff' AS b,
        'first' AS twice, 'second' AS twice FROM (SELECT 1 UNION ALL SELECT 2)`;
      const { rows } = await query.execute(connection.db);
      const compiled = query.compile(connection.db);
      const expected = connection.sqlite?.prepare(compiled.sql).all(...compiled.parameters);
      expect(rows).toEqual(expected);
      expect(rows[0]).toEqual({ n: 1, s: 'text', empty: null, x: 2.5, b: Buffer.from([0, 255]), twice: 'second' });
      expect(Object.keys(rows[0] ?? {})).toEqual(Object.keys((expected?.[0] as object) ?? {}));
    } finally {
      await connection.close();
    }
  });

  it('leave a statement as better-sqlite3 gave it: the same SQL read again, and streamed, gives objects', async () => {
    const connection = await connect({ dialect: 'sqlite', file: ':memory:' });
    try {
      const query = () => sql<{ n: number }>`SELECT 1 AS n`;
      expect((await query().execute(connection.db)).rows).toEqual([{ n: 1 }]);
      expect((await query().execute(connection.db)).rows).toEqual([{ n: 1 }]);
      const streamed = [];
      for await (const row of connection.db.selectNoFrom(sql<number>`1`.as('n')).stream()) streamed.push(row);
      expect(streamed).toEqual([{ n: 1 }]);
    } finally {
      await connection.close();
    }
  });
});

describe('createRepos', () => {
  it("hands out an owner's repositories built once, each owner their own", async () => {
    const connection = await connect({ dialect: 'sqlite', file: ':memory:' });
    try {
      const repos = createRepos(connection);
      expect(repos.forOwner('a')).toBe(repos.forOwner('a'));
      expect(repos.forOwner('b')).not.toBe(repos.forOwner('a'));
      expect(repos.forOwner('b').ownerId).toBe('b');
    } finally {
      await connection.close();
    }
  });
});
