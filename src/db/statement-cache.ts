import type SqliteDatabase from 'better-sqlite3';

/**
 * Kysely's SQLite driver prepares every query afresh; preparing costs more than running
 * a small indexed lookup. This hands Kysely the same prepared statement for the same
 * SQL (a bounded set: queries are built from code, values are parameters). A statement
 * still being iterated (a streamed query) is never handed out twice.
 */
export function withStatementCache(sqlite: SqliteDatabase.Database, limit = 2000): SqliteDatabase.Database {
  const statements = new Map<string, SqliteDatabase.Statement>();
  const prepare = (source: string): SqliteDatabase.Statement => {
    const cached = statements.get(source);
    if (cached && !cached.busy) return cached;
    const statement = sqlite.prepare(source);
    if (!cached && statements.size < limit) statements.set(source, statement);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
