import type SqliteDatabase from 'better-sqlite3';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { defaultCardHref, sameCard } from '../../core/dav/card-fields.js';
import type { IndexAnswer, IndexKey } from '../../core/matching/retrieval.js';
import type { PeopleRepo, PersonSearch } from '../../core/people/repo.js';
import type { Person, PersonFilter } from '../../core/people/schema.js';
import { peopleSearchTerms } from '../../core/people/search-words.js';
import { decodeCursor, encodeCursor } from '../../core/shared/pagination.js';
import { foldText } from '../../core/shared/text.js';
import type { Dialect } from '../connect.js';
import type { Database } from '../schema.js';
import { nextCardRevision as nextCardRevisionOf } from './card-clock.js';
import { chunk } from './chunk.js';
import { insertSqlite } from './people-bulk-insert.js';
import { peopleIndex } from './people-index.js';
import { fromRow, keyRows, type PersonRow, personColumns, personColumnsSql, personKeys, toRow } from './people-rows.js';
import { postgresPeopleSearch } from './people-search-postgres.js';
import { sqlitePeopleSearch } from './people-search-sqlite.js';
import {
  ftsPhrase,
  hasLabel,
  holdsText,
  holdsWords as holdsWordsIn,
  type LabelFilter,
  labelFilters,
} from './people-search-text.js';
import { postgresIndexWords } from './people-words-postgres.js';

// Read by migration 0010 and the raw-insert benchmark, which write rows as this repository does.
export { fromRow, valuesJson } from './people-rows.js';
export { ftsBodyText, ftsNameText } from './people-search-text.js';

/** PostgreSQL: a bulk insert at least this large refreshes the planner's statistics. */
const ANALYZE_AFTER = 5000;

/**
 * @param sqlite the better-sqlite3 handle under `db`, on SQLite: bulk inserts run its
 *   prepared statements, in the transaction `db` holds (one connection, one transaction).
 */
export function peopleRepo(
  db: Kysely<Database>,
  dialect: Dialect,
  ownerId: string,
  sqlite?: SqliteDatabase.Database,
): PeopleRepo {
  const { writeSearchRows, deleteIndexedRows, nextSearchRowid, indexingFor, insertKeyRows } = peopleIndex(
    db,
    dialect,
    ownerId,
  );
  const searchSqlite = sqlitePeopleSearch(db, ownerId);
  const searchPostgres = postgresPeopleSearch(db, ownerId);
  const findWordsPostgres = postgresIndexWords(db, ownerId);
  const holdsWords = (label: LabelFilter) => holdsWordsIn(dialect, label);

  const nextCardRevision = () => nextCardRevisionOf(db, ownerId);

  /** A repository write is atomic on its own, and joins the caller's transaction when there is one. */
  function atomically<T>(fn: (repo: PeopleRepo) => Promise<T>): Promise<T> {
    if (db.isTransaction) return fn(repo);
    return db.transaction().execute((trx) => fn(peopleRepo(trx, dialect, ownerId, sqlite)));
  }

  const repo: PeopleRepo = {
    async insert(people, prepared) {
      if (db.isTransaction === false) return atomically((repo) => repo.insert(people, prepared));
      if (people.length === 0) return;
      const indexing = await indexingFor(people, prepared);
      const revision = await nextCardRevision();
      if (sqlite) {
        insertSqlite(sqlite, ownerId, people, indexing, await nextSearchRowid(), revision);
        return;
      }
      const rows = people.map((person, index) => ({ person, rowid: null, indexing: indexing(index) }));
      for (const batch of chunk(rows, 500)) {
        await db
          .insertInto('person')
          .values(batch.map(({ person, rowid, indexing }) => toRow(ownerId, person, rowid, indexing, revision)))
          .execute();
      }
      await insertKeyRows(people.flatMap((person, index) => keyRows(ownerId, person, indexing(index).keys)));
      await writeSearchRows(rows);
      if (people.length >= ANALYZE_AFTER) {
        // Fresh planner statistics: until autovacuum gets to it, PostgreSQL plans searches
        // as if this owner had a few hundred people, and scans them all instead of
        // walking the name index (seconds instead of milliseconds at 100,000 people).
        await sql`ANALYZE person, person_key, person_search, person_word`.execute(db);
      }
    },

    async bulkLoad(write) {
      if (!sqlite || !db.isTransaction) return write();
      const anyone = await db.selectFrom('person').select('id').limit(1).executeTakeFirst();
      if (anyone) return write();
      // Built once from the finished table (sorted, then appended), an index costs less than
      // kept row by row: the bulk insert and commit of 50,000 people took 0.90 of the CPU.
      const { rows: indexes } = await sql<{ name: string; definition: string }>`SELECT name, sql AS definition
        FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'person' AND sql IS NOT NULL`.execute(db);
      for (const { name } of indexes) await sql`DROP INDEX ${sql.id(name)}`.execute(db);
      const written = await write();
      for (const { definition } of indexes) await sql.raw(definition).execute(db);
      return written;
    },

    async get(id) {
      const row = await db
        .selectFrom('person')
        .select(personColumns)
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      return fromRow(row);
    },

    async getMany(ids) {
      if (ids.length === 0) return [];
      const rows: PersonRow[] = [];
      for (const batch of chunk([...new Set(ids)], 500)) {
        rows.push(
          ...(await db
            .selectFrom('person')
            .select(personColumns)
            .where('owner_id', '=', ownerId)
            .where('id', 'in', batch)
            .execute()),
        );
      }
      return rows.map(fromRow);
    },

    async save(person) {
      if (db.isTransaction === false) return atomically((repo) => repo.save(person));
      const stored = await deleteIndexedRows(person.id);
      const rowid = dialect === 'sqlite' ? (stored?.search_rowid ?? (await nextSearchRowid())) : null;
      const indexing = (await indexingFor([person], undefined))(0);
      // The card's revision moves exactly when what the address-book card is written from changes.
      const revision =
        stored && sameCard(fromRow(stored), person) ? Number(stored.card_revision ?? 0) : await nextCardRevision();
      const { owner_id: _owner, id: _id, ...fields } = toRow(ownerId, person, rowid, indexing, revision);
      await db.updateTable('person').set(fields).where('owner_id', '=', ownerId).where('id', '=', person.id).execute();
      await insertKeyRows(keyRows(ownerId, person, indexing.keys));
      await writeSearchRows([{ person, rowid, indexing }]);
    },

    async remove(id) {
      if (db.isTransaction === false) return atomically((repo) => repo.remove(id));
      if (!(await deleteIndexedRows(id))) return false;
      const card = await db
        .selectFrom('dav_card')
        .select('href')
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', id)
        .executeTakeFirst();
      await db.deleteFrom('dav_card').where('owner_id', '=', ownerId).where('person_id', '=', id).execute();
      const href = card?.href ?? defaultCardHref(id);
      const revision = await nextCardRevision();
      await db
        .insertInto('card_tombstone')
        .values({ owner_id: ownerId, href, revision })
        .onConflict((oc) => oc.columns(['owner_id', 'href']).doUpdateSet({ revision }))
        .execute();
      const result = await db
        .deleteFrom('person')
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async markCardsChanged(ids) {
      if (ids.length === 0) return;
      if (db.isTransaction === false) return atomically((repo) => repo.markCardsChanged(ids));
      const revision = await nextCardRevision();
      for (const batch of chunk([...new Set(ids)], 500)) {
        await db
          .updateTable('person')
          .set({ card_revision: revision })
          .where('owner_id', '=', ownerId)
          .where('id', 'in', batch)
          .execute();
      }
    },

    async list(filter: PersonFilter) {
      const labels = labelFilters(filter);
      let query = db
        .selectFrom('person')
        .select([...personColumns, 'sort_name'])
        .where('person.owner_id', '=', ownerId);
      if (filter.archived === 'exclude') query = query.where('person.archived', '=', 0);
      if (filter.archived === 'only') query = query.where('person.archived', '=', 1);
      if (filter.tier) query = query.where('person.tier', '=', filter.tier);
      // By a part of its name, as a search's filter keeps them (`matchesFilter`). Both sides
      // are lowered by the database: SQLite's lower() leaves "Ä" as it is, so a name typed
      // as it is stored matches even where case cannot be folded.
      if (filter.company) {
        query = query.where(
          holdsText(dialect, sql<string>`lower(person.company)`, sql<string>`lower(${filter.company})`),
        );
      }
      for (const label of labels) {
        if (label.words.length > 0) query = query.where(holdsWords(label));
      }
      const after = (cursor: readonly string[] | null) =>
        cursor
          ? query.where(({ eb, or, and }) =>
              or([
                eb('person.sort_name', '>', cursor[0] ?? ''),
                and([eb('person.sort_name', '=', cursor[0] ?? ''), eb('person.id', '>', cursor[1] ?? '')]),
              ]),
            )
          : query;
      // One more than a page says whether there is a next one. With a tag or topic the rows
      // read are candidates (their words match), read a few pages at a time until enough pass.
      const wanted = filter.limit + 1;
      const readSize = labels.length > 0 ? Math.max(wanted * 2, 200) : wanted;
      const found: { row: PersonRow & { sort_name: string }; person: Person }[] = [];
      let cursor: string[] | null = filter.cursor ? decodeCursor(filter.cursor).map(String) : null;
      for (;;) {
        const rows = await after(cursor).orderBy('person.sort_name').orderBy('person.id').limit(readSize).execute();
        for (const row of rows) {
          const person = fromRow(row);
          if (labels.every((label) => hasLabel(person, label))) found.push({ row, person });
          if (found.length === wanted) break;
        }
        const last = rows.at(-1);
        if (found.length === wanted || rows.length < readSize || !last) break;
        cursor = [last.sort_name, last.id];
      }
      const page = found.slice(0, filter.limit);
      const last = page.at(-1)?.row;
      return {
        items: page.map((entry) => entry.person),
        nextCursor: found.length > filter.limit && last ? encodeCursor([last.sort_name, last.id]) : null,
      };
    },

    async all() {
      const rows = await db
        .selectFrom('person')
        .select(personColumns)
        .where('owner_id', '=', ownerId)
        .orderBy('sort_name')
        .orderBy('id')
        .execute();
      return rows.map(fromRow);
    },

    async count() {
      const row = await db
        .selectFrom('person')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('owner_id', '=', ownerId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async search(search: PersonSearch) {
      const terms = peopleSearchTerms(search.query);
      if (terms.length === 0) return [];
      const rows = dialect === 'sqlite' ? await searchSqlite(terms, search) : await searchPostgres(terms, search);
      return rows.map(fromRow);
    },

    async findByIndexWords(queries, cap) {
      if (queries.length === 0) return [];
      const answer = (keys: readonly IndexKey[]): IndexAnswer => ({
        keys: keys.slice(0, cap),
        complete: keys.length <= cap,
      });
      if (dialect === 'sqlite') {
        const answers: IndexAnswer[] = [];
        for (const words of queries) {
          const expression = words.map((word) => `${ftsPhrase(word.text)}${word.prefix ? '*' : ''}`).join(' AND ');
          const found = await sql<{ fts_id: number }>`SELECT rowid AS fts_id FROM person_body_fts
            WHERE person_body_fts MATCH ${expression} LIMIT ${cap + 1}`.execute(db);
          answers.push(answer(found.rows.map((row) => Number(row.fts_id))));
        }
        return answers;
      }
      return (await findWordsPostgres(queries, cap)).map(answer);
    },
    async getByIndexKeys(keys) {
      if (keys.length === 0) return [];
      if (dialect === 'sqlite') {
        const list = JSON.stringify(keys.map(Number));
        const result = await sql<PersonRow>`SELECT ${personColumnsSql} FROM person INDEXED BY person_owner_search_rowid
          WHERE person.owner_id = ${ownerId} AND person.search_rowid IN (SELECT value FROM json_each(${list}))
            AND person.archived = 0`.execute(db);
        return result.rows.map(fromRow);
      }
      const rows = await db
        .selectFrom('person')
        .select(personColumns)
        .where('owner_id', '=', ownerId)
        .where('id', 'in', keys.map(String))
        .where('archived', '=', 0)
        .execute();
      return rows.map(fromRow);
    },
    async findByName(name) {
      const key = foldText(name).trim();
      // Three lookups, each served by its own index: one query ORing them reads every person.
      const lookUp = (match: RawBuilder<string> | 'sort_name') =>
        db
          .selectFrom('person')
          .select([...personColumns, 'sort_name'])
          .where('owner_id', '=', ownerId)
          .where(match, '=', key)
          .limit(50)
          .execute();
      const found = await Promise.all([
        lookUp('sort_name'),
        lookUp(sql<string>`lower(nickname)`),
        lookUp(sql<string>`lower(coalesce(given_name, '') || ' ' || coalesce(family_name, ''))`),
      ]);
      const unique = new Map(found.flat().map((row) => [row.id, row]));
      return [...unique.values()]
        .sort((a, b) => (a.sort_name === b.sort_name ? (a.id < b.id ? -1 : 1) : a.sort_name < b.sort_name ? -1 : 1))
        .slice(0, 50)
        .map(fromRow);
    },

    async findByValue(kind, key) {
      const rows = await db
        .selectFrom('person_key')
        .select('person_id')
        .distinct()
        .where('owner_id', '=', ownerId)
        .where('kind', '=', kind)
        .where('value_key', '=', key)
        .execute();
      return rows.map((row) => row.person_id);
    },

    async findByValues(kind, keys) {
      const found = new Map<string, string[]>();
      for (const batch of chunk([...new Set(keys)], 500)) {
        // No DISTINCT or ORDER BY here: either makes SQLite walk the primary key instead
        // of the (owner_id, kind, value_key) index; ids are deduplicated and sorted below.
        const rows = await db
          .selectFrom('person_key')
          .select(['value_key', 'person_id'])
          .where('owner_id', '=', ownerId)
          .where('kind', '=', kind)
          .where('value_key', 'in', batch)
          .execute();
        for (const row of rows) {
          const ids = found.get(row.value_key) ?? [];
          if (!ids.includes(row.person_id)) ids.push(row.person_id);
          found.set(row.value_key, ids);
        }
      }
      for (const ids of found.values()) ids.sort();
      return found;
    },

    async moveIntroducedBy(from, to) {
      await db
        .updateTable('person')
        .set({ introduced_by_id: to })
        .where('owner_id', '=', ownerId)
        .where('introduced_by_id', '=', from)
        .execute();
    },

    async clearIntroducedBy(id) {
      await db
        .updateTable('person')
        .set({ introduced_by_id: null })
        .where('owner_id', '=', ownerId)
        .where('introduced_by_id', '=', id)
        .execute();
    },

    async rekeyPhones(region) {
      const stored = await db
        .selectFrom('person_key')
        .select(['person_id', 'value_key'])
        .where('owner_id', '=', ownerId)
        .where('kind', '=', 'phone')
        .execute();
      const storedKeys = new Map<string, string[]>();
      for (const row of stored)
        storedKeys.set(row.person_id, [...(storedKeys.get(row.person_id) ?? []), row.value_key]);
      for (const person of await repo.getMany([...storedKeys.keys()])) {
        const before = storedKeys.get(person.id) ?? [];
        const after = personKeys(ownerId, person, region).filter((key) => key.kind === 'phone');
        if (after.length === before.length && after.every((key) => before.includes(key.value_key))) continue;
        await db
          .deleteFrom('person_key')
          .where('owner_id', '=', ownerId)
          .where('kind', '=', 'phone')
          .where('value_key', 'in', before)
          .where('person_id', '=', person.id)
          .execute();
        await insertKeyRows(after);
      }
    },
  };

  return repo;
}
