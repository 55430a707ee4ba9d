import type SqliteDatabase from 'better-sqlite3';
import { type Kysely, type RawBuilder, type Selectable, sql } from 'kysely';
import { defaultCardHref, sameCard } from '../../core/dav/card-fields.js';
import type { IndexAnswer, IndexKey } from '../../core/matching/retrieval.js';
import { identityKeys } from '../../core/people/combine-people.js';
import { type PersonIndexing, type PreparedIndexing, personIndexing } from '../../core/people/indexing.js';
import type { PeopleRepo, PersonSearch } from '../../core/people/repo.js';
import type { Person, PersonFilter, Tier } from '../../core/people/schema.js';
import { type SearchDocument, sortName } from '../../core/people/search-document.js';
import { valueKey } from '../../core/people/value-keys.js';
import { decodeCursor, encodeCursor } from '../../core/shared/pagination.js';
import { DEFAULT_PHONE_REGION } from '../../core/shared/phone-region.js';
import { foldText, searchTerms } from '../../core/shared/text.js';
import type { Dialect } from '../connect.js';
import type { Database, PersonKeyTable, PersonTable } from '../schema.js';
import { indexWords, wordSuffixes } from '../search-words.js';
import { nextCardRevision as nextCardRevisionOf } from './card-clock.js';
import { chunk } from './chunk.js';
import { settingsRepo } from './settings.js';

type PersonRow = Selectable<PersonTable>;

type ValueLists = Pick<Person, 'emails' | 'phones' | 'links' | 'addresses' | 'tags' | 'topics' | 'offers' | 'needs'>;

/** An empty list is left out of the JSON: most people have few kinds of values. */
function someOf<T>(list: readonly T[]): readonly T[] | undefined {
  return list.length > 0 ? list : undefined;
}

export function valuesJson(person: Person): string {
  return JSON.stringify({
    emails: someOf(person.emails),
    phones: someOf(person.phones),
    links: someOf(person.links),
    addresses: someOf(person.addresses ?? []),
    tags: someOf(person.tags),
    topics: someOf(person.topics),
    offers: someOf(person.offers),
    needs: someOf(person.needs),
  } satisfies { [K in keyof ValueLists]: Readonly<ValueLists[K]> | undefined });
}

function toRow(
  ownerId: string,
  person: Person,
  searchRowid: number | null,
  document: SearchDocument,
  cardRevision: number,
): PersonTable {
  return {
    owner_id: ownerId,
    id: person.id,
    display_name: person.displayName,
    sort_name: sortName(person.displayName),
    search_name: document.nameText,
    search_rowid: searchRowid,
    given_name: person.givenName,
    family_name: person.familyName,
    nickname: person.nickname,
    title: person.title,
    company: person.company,
    industry: person.industry,
    location: person.location,
    birthday: person.birthday,
    tier: person.tier,
    cadence_days: person.cadenceDays,
    family: person.family ? 1 : 0,
    how_met: person.howMet,
    met_on: person.metOn,
    introduced_by_id: person.introducedById,
    notes: person.notes,
    archived: person.archived ? 1 : 0,
    created_at: person.createdAt,
    updated_at: person.updatedAt,
    values_json: valuesJson(person),
    card_revision: cardRevision,
  };
}

/** A person's key rows, from their identity keys (`identityKeys`: emails, phones, LinkedIn links). */
function keyRows(ownerId: string, person: Person, keys: PersonIndexing['keys']): PersonKeyTable[] {
  return keys.map(({ kind, key }) => ({ owner_id: ownerId, kind, value_key: key, person_id: person.id }));
}

/** The keys other people are matched against this one by (imports), phones read in `region`. */
function personKeys(ownerId: string, person: Person, region: string): PersonKeyTable[] {
  return keyRows(ownerId, person, identityKeys(person, region));
}

export function fromRow(row: PersonRow): Person {
  const lists = JSON.parse(row.values_json) as Partial<ValueLists>;
  return {
    id: row.id,
    displayName: row.display_name,
    givenName: row.given_name,
    familyName: row.family_name,
    nickname: row.nickname,
    title: row.title,
    company: row.company,
    industry: row.industry,
    location: row.location,
    birthday: row.birthday,
    tier: row.tier as Tier,
    cadenceDays: row.cadence_days,
    family: Number(row.family) === 1,
    howMet: row.how_met,
    metOn: row.met_on,
    introducedById: row.introduced_by_id,
    notes: row.notes,
    archived: Number(row.archived) === 1,
    emails: lists.emails ?? [],
    phones: lists.phones ?? [],
    links: lists.links ?? [],
    addresses: lists.addresses ?? [],
    tags: lists.tags ?? [],
    topics: lists.topics ?? [],
    offers: lists.offers ?? [],
    needs: lists.needs ?? [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** PostgreSQL: a bulk insert at least this large refreshes the planner's statistics. */
const ANALYZE_AFTER = 5000;

/** Search tiers with more matches than this are read in name order instead of sorted. */
const SORT_AT_MOST = 1000;

/**
 * A term as a tsquery matching it at the start of a word, punctuation read as a word
 * break as in the indexed text: "john.sm" → 'john' <-> 'sm':*.
 */
function tsPrefixQuery(term: string): string {
  return `${indexWords(term).map(tsWord).join(' <-> ')}:*`;
}

/** Quotes a word for a tsquery. */
function tsWord(word: string): string {
  return `'${word.replace(/'/g, "''")}'`;
}

/** Quotes a term for an FTS5 MATCH expression. */
function ftsPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/**
 * A term for the word index, which keeps no positions (`detail = none`, migration 0010):
 * each of its words, the last as a prefix: "john.sm" → "john" AND "sm"*.
 */
function ftsWordsPrefix(term: string): string {
  const words = indexWords(term);
  if (words.length === 0) return `${ftsPhrase(term)}*`;
  return words
    .map((word, index) => (index === words.length - 1 ? `${ftsPhrase(word)}*` : ftsPhrase(word)))
    .join(' AND ');
}

/**
 * The name column of person_name_fts starts with a space, so a phrase starting with a
 * space (`" ada"`) matches only where a word of the name starts: the first ranking tier.
 */
export function ftsNameText(nameText: string): string {
  return ` ${nameText}`;
}

/** The rest, and the company as word suffixes: a word prefix there is a substring of the company. */
export function ftsBodyText(document: SearchDocument): string {
  return `${document.bodyText} ${wordSuffixes(document.companyText)}`;
}

const personColumns = [
  'owner_id',
  'id',
  'display_name',
  'sort_name',
  'search_name',
  'search_rowid',
  'given_name',
  'family_name',
  'nickname',
  'title',
  'company',
  'industry',
  'location',
  'birthday',
  'tier',
  'cadence_days',
  'family',
  'how_met',
  'met_on',
  'introduced_by_id',
  'notes',
  'archived',
  'created_at',
  'updated_at',
  'values_json',
  'card_revision',
] as const satisfies readonly (keyof PersonTable)[];

const keyColumns = ['owner_id', 'kind', 'value_key', 'person_id'] as const satisfies readonly (keyof PersonKeyTable)[];

type BulkStatements = Record<'person' | 'key' | 'names' | 'body', SqliteDatabase.Statement>;
const bulkStatements = new WeakMap<SqliteDatabase.Database, BulkStatements>();

function bulkStatementsFor(sqlite: SqliteDatabase.Database): BulkStatements {
  let statements = bulkStatements.get(sqlite);
  if (!statements) {
    // Rows are bound by column name (@owner_id …), straight from the row objects.
    const insert = (table: string, columns: readonly string[], verb = 'INSERT') =>
      sqlite.prepare(
        `${verb} INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      );
    statements = {
      person: insert('person', personColumns),
      key: insert('person_key', keyColumns, 'INSERT OR IGNORE'),
      names: sqlite.prepare('INSERT INTO person_name_fts (rowid, name_text) VALUES (?, ?)'),
      body: sqlite.prepare('INSERT INTO person_body_fts (rowid, body_text) VALUES (?, ?)'),
    };
    bulkStatements.set(sqlite, statements);
  }
  return statements;
}

/**
 * SQLite's bulk insert: one prepared statement per table, run row by row inside the
 * caller's transaction. Building a multi-row INSERT through Kysely (compiling thousands
 * of parameters per batch) cost more than SQLite's own work.
 */
function insertSqlite(
  sqlite: SqliteDatabase.Database,
  ownerId: string,
  people: readonly Person[],
  indexing: (index: number) => PersonIndexing,
  firstRowid: number,
  cardRevision: number,
): void {
  const statements = bulkStatementsFor(sqlite);
  let rowid = firstRowid;
  for (const [index, person] of people.entries()) {
    const { document, keys } = indexing(index);
    statements.person.run(toRow(ownerId, person, rowid, document, cardRevision));
    for (const key of keyRows(ownerId, person, keys)) statements.key.run(key);
    statements.names.run(rowid, ftsNameText(document.nameText));
    statements.body.run(rowid, ftsBodyText(document));
    rowid += 1;
  }
}

/** A tag or topic a list is narrowed to: its key, and the words the search text holds it as. */
type LabelFilter = { kind: 'tag' | 'topic'; key: string; words: string[] };

function labelFilters(filter: PersonFilter): LabelFilter[] {
  return (['tag', 'topic'] as const).flatMap((kind) => {
    const value = filter[kind];
    if (!value) return [];
    const key = valueKey(kind, value);
    return [{ kind, key, words: indexWords(key) }];
  });
}

function hasLabel(person: Person, label: LabelFilter): boolean {
  const values = label.kind === 'tag' ? person.tags : person.topics;
  return values.some((value) => valueKey(label.kind, value) === label.key);
}

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
  /** The owner's phone region (a setting), read in this repository's transaction: phone keys are computed in it. */
  async function phoneRegion(): Promise<string> {
    return (await settingsRepo(db, ownerId).get()).phoneRegion;
  }

  /** Writes the search rows of people whose person rows (and search rowids, on SQLite) are stored. */
  async function writeSearchRows(
    people: readonly { person: Person; rowid: number | null; document: SearchDocument }[],
  ): Promise<void> {
    const documents = people.map(({ person, rowid, document }) => ({ person, rowid: rowid ?? 0, ...document }));
    if (dialect === 'sqlite') {
      for (const batch of chunk(documents, 500)) {
        await db
          .insertInto('person_name_fts')
          .values(batch.map(({ rowid, nameText }) => ({ rowid, name_text: ftsNameText(nameText) })))
          .execute();
        await db
          .insertInto('person_body_fts')
          .values(batch.map(({ rowid, ...document }) => ({ rowid, body_text: ftsBodyText(document) })))
          .execute();
      }
      return;
    }
    for (const batch of chunk(documents, 1000)) {
      await db
        .insertInto('person_search')
        .values(
          batch.map(({ person, nameText, companyText, bodyText }) => ({
            owner_id: ownerId,
            person_id: person.id,
            name_text: nameText,
            company_words: wordSuffixes(companyText),
            body_text: bodyText,
          })),
        )
        .execute();
    }
  }

  /**
   * Deletes what a stored person has outside their row: their search rows (by FTS rowid on
   * SQLite, by key on PostgreSQL) and their keys (computed from their stored values, as
   * they were written). Returns their stored row, for the person written in their place.
   */
  async function deleteIndexedRows(id: string): Promise<PersonRow | undefined> {
    const stored = await db
      .selectFrom('person')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!stored) return undefined;
    const person = fromRow(stored);
    const keys = personKeys(ownerId, person, await regionFor([person]));
    if (keys.length > 0) {
      await db
        .deleteFrom('person_key')
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', id)
        .where((eb) =>
          eb.or(keys.map((key) => eb.and([eb('kind', '=', key.kind), eb('value_key', '=', key.value_key)]))),
        )
        .execute();
    }
    if (dialect === 'postgres') {
      await db.deleteFrom('person_search').where('owner_id', '=', ownerId).where('person_id', '=', id).execute();
      return stored;
    }
    const rowid = stored.search_rowid;
    if (rowid !== null) {
      await db.deleteFrom('person_name_fts').where('rowid', '=', rowid).execute();
      await db.deleteFrom('person_body_fts').where('rowid', '=', rowid).execute();
    }
    return stored;
  }

  const nextCardRevision = () => nextCardRevisionOf(db, ownerId);

  /** SQLite: the first free FTS rowid (people written next take it and those after it). */
  async function nextSearchRowid(): Promise<number> {
    const last = await db
      .selectFrom('person_name_fts')
      .select('rowid')
      .orderBy('rowid', 'desc')
      .limit(1)
      .executeTakeFirst();
    return Number(last?.rowid ?? 0) + 1;
  }

  /** A repository write is atomic on its own, and joins the caller's transaction when there is one. */
  function atomically<T>(fn: (repo: PeopleRepo) => Promise<T>): Promise<T> {
    if (db.isTransaction) return fn(repo);
    return db.transaction().execute((trx) => fn(peopleRepo(trx, dialect, ownerId, sqlite)));
  }

  /** Only phone keys depend on the region: read it only when someone has a phone. */
  async function regionFor(people: readonly Person[]): Promise<string> {
    return people.some((person) => person.phones.length > 0) ? await phoneRegion() : DEFAULT_PHONE_REGION;
  }

  /**
   * Each person's indexing (search text, identity keys): as `prepared` where it was computed
   * in this owner's phone region (or no one has a phone), else computed here as it is needed,
   * so it is garbage by the next person.
   */
  async function indexingFor(
    people: readonly Person[],
    prepared: PreparedIndexing | undefined,
  ): Promise<(index: number) => PersonIndexing> {
    const region = await regionFor(people);
    const given = prepared?.entries.length === people.length ? prepared : undefined;
    if (given && (given.region === region || people.every((person) => person.phones.length === 0))) {
      return (index) => given.entries[index] ?? personIndexing(people[index] as Person, region);
    }
    return (index) => personIndexing(people[index] as Person, region);
  }

  async function insertKeyRows(keys: readonly PersonKeyTable[]): Promise<void> {
    for (const batch of chunk(keys, 1000)) {
      await db
        .insertInto('person_key')
        .values(batch)
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }

  /**
   * SQL: people whose search text holds every word of the label (the word index on
   * SQLite, the tsvector on PostgreSQL). Tags and topics are in the search text, so this
   * narrows a tag or topic filter to a few candidates, checked on the person.
   */
  function holdsWords(label: LabelFilter): RawBuilder<boolean> {
    if (dialect === 'sqlite') {
      return sql<boolean>`person.search_rowid IN (SELECT rowid FROM person_body_fts
        WHERE person_body_fts MATCH ${label.words.map(ftsPhrase).join(' AND ')})`;
    }
    const query = label.words.map(tsWord).join(' & ');
    return sql<boolean>`EXISTS (SELECT 1 FROM person_search s
      WHERE s.owner_id = person.owner_id AND s.person_id = person.id AND s.tsv @@ to_tsquery('simple', ${query}))`;
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
      const rows = people.map((person, index) => ({ person, rowid: null, document: indexing(index).document }));
      for (const batch of chunk(rows, 500)) {
        await db
          .insertInto('person')
          .values(batch.map(({ person, rowid, document }) => toRow(ownerId, person, rowid, document, revision)))
          .execute();
      }
      await insertKeyRows(people.flatMap((person, index) => keyRows(ownerId, person, indexing(index).keys)));
      await writeSearchRows(rows);
      await repo.bulkWritten(people.length);
    },

    async bulkWritten(count) {
      if (dialect === 'postgres' && count >= ANALYZE_AFTER) {
        // Fresh planner statistics: until autovacuum gets to it, PostgreSQL plans searches
        // as if this owner had a few hundred people, and scans them all instead of
        // walking the name index (seconds instead of milliseconds at 100,000 people).
        await sql`ANALYZE person, person_key, person_search`.execute(db);
      }
    },

    async get(id) {
      const row = await db
        .selectFrom('person')
        .selectAll()
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
            .selectAll()
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
      const { document, keys } = (await indexingFor([person], undefined))(0);
      // The card's revision moves exactly when what the address-book card is written from changes.
      const revision =
        stored && sameCard(fromRow(stored), person) ? Number(stored.card_revision ?? 0) : await nextCardRevision();
      const { owner_id: _owner, id: _id, ...fields } = toRow(ownerId, person, rowid, document, revision);
      await db.updateTable('person').set(fields).where('owner_id', '=', ownerId).where('id', '=', person.id).execute();
      await insertKeyRows(keyRows(ownerId, person, keys));
      await writeSearchRows([{ person, rowid, document }]);
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
      let query = db.selectFrom('person').selectAll('person').where('person.owner_id', '=', ownerId);
      if (filter.archived === 'exclude') query = query.where('person.archived', '=', 0);
      if (filter.archived === 'only') query = query.where('person.archived', '=', 1);
      if (filter.tier) query = query.where('person.tier', '=', filter.tier);
      if (filter.company) {
        query = query.where(sql<string>`lower(person.company)`, '=', filter.company.toLowerCase());
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
      const found: { row: PersonRow; person: Person }[] = [];
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
        .selectAll()
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
      const terms = searchTerms(search.query);
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
      // One round trip: each question's matches, up to the cap, side by side.
      const expressions = queries.map((words) =>
        words.map((word) => `${tsWord(word.text)}${word.prefix ? ':*' : ''}`).join(' & '),
      );
      const found = await sql<{ n: string; person_id: string }>`SELECT q.n, m.person_id
        FROM unnest(${expressions}::text[]) WITH ORDINALITY AS q (expression, n)
        CROSS JOIN LATERAL (
          SELECT s.person_id FROM person_search s
          WHERE s.owner_id = ${ownerId} AND s.tsv @@ to_tsquery('simple', q.expression)
          LIMIT ${cap + 1}) m`.execute(db);
      const keys: string[][] = queries.map(() => []);
      for (const row of found.rows) keys[Number(row.n) - 1]?.push(row.person_id);
      return keys.map(answer);
    },
    async getByIndexKeys(keys) {
      if (keys.length === 0) return [];
      if (dialect === 'sqlite') {
        const list = JSON.stringify(keys.map(Number));
        const result = await sql<PersonRow>`SELECT person.* FROM person INDEXED BY person_owner_search_rowid
          WHERE person.owner_id = ${ownerId} AND person.search_rowid IN (SELECT value FROM json_each(${list}))
            AND person.archived = 0`.execute(db);
        return result.rows.map(fromRow);
      }
      const rows = await db
        .selectFrom('person')
        .selectAll()
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
        db.selectFrom('person').selectAll().where('owner_id', '=', ownerId).where(match, '=', key).limit(50).execute();
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

  /**
   * Search ranks in three tiers, filled in order until the limit: (0) every term is in
   * the name and the first starts a word of it, (1) every term is in the name, (2) every
   * term matches somewhere (names and company anywhere inside a word, the rest by word
   * prefix). Within a tier, by name. Each tier is read with its own limit, so a common
   * term never ranks or sorts all its matches.
   */
  async function searchSqlite(terms: readonly string[], search: PersonSearch): Promise<PersonRow[]> {
    const long = terms.filter((term) => term.length >= 3);
    const short = terms.filter((term) => term.length < 3);
    const first = terms[0] ?? '';
    const nameFts = (expression: string) =>
      sql`SELECT rowid AS fts_id FROM person_name_fts WHERE person_name_fts MATCH ${expression}`;
    const bodyFts = (term: string) =>
      sql`SELECT rowid AS fts_id FROM person_body_fts WHERE person_body_fts MATCH ${ftsWordsPrefix(term)}`;
    const except = (left: RawBuilder<unknown>, right: RawBuilder<unknown>) =>
      sql`SELECT fts_id FROM (${left}) EXCEPT SELECT fts_id FROM (${right})`;

    // Trigrams need three characters: shorter terms are checked on the row instead.
    const inName = long.map((term) => `name_text : ${ftsPhrase(term)}`);
    const nameAll = inName.length > 0 ? nameFts(inName.join(' AND ')) : null;
    const shortInName = short.map((term) => sql<boolean>`instr(person.search_name, ${term}) > 0`);
    const allInName = shortInName.length > 0 ? sql.join(shortInName, sql` AND `) : sql`1`;
    // " ada" (the column starts with a space) is three characters from two.
    const startsWord =
      first.length >= 2 ? nameFts([`name_text : ${ftsPhrase(` ${first}`)}`, ...inName].join(' AND ')) : null;
    const startsWordOnRow = sql<boolean>`(' ' || person.search_name) LIKE ${`% ${first}%`}`;

    const anywhere = long.map((term) => sql`${nameFts(`name_text : ${ftsPhrase(term)}`)} UNION ${bodyFts(term)}`);
    const [firstAnywhere, ...moreAnywhere] = anywhere;
    const anySet = firstAnywhere
      ? moreAnywhere.reduce(
          (set, next) => sql`SELECT fts_id FROM (${set}) INTERSECT SELECT fts_id FROM (${next})`,
          firstAnywhere,
        )
      : null;
    const shortAnywhere = short.map(
      (term) => sql<boolean>`(instr(person.search_name, ${term}) > 0 OR person.search_rowid IN (${bodyFts(term)}))`,
    );

    const tiers: { set: RawBuilder<unknown> | null; filters: RawBuilder<boolean>[] }[] = [
      startsWord
        ? { set: startsWord, filters: shortInName }
        : { set: nameAll, filters: [...shortInName, startsWordOnRow] },
      {
        set: nameAll && startsWord ? except(nameAll, startsWord) : nameAll,
        filters: [...shortInName, sql<boolean>`NOT ${startsWordOnRow}`],
      },
      {
        set: anySet && nameAll && short.length === 0 ? except(anySet, nameAll) : anySet,
        filters: [
          ...shortAnywhere,
          nameAll
            ? sql<boolean>`NOT (person.search_rowid IN (${nameAll}) AND ${allInName})`
            : sql<boolean>`NOT (${allInName})`,
        ],
      },
    ];
    const found: PersonRow[] = [];
    for (const tier of long.length > 0 ? tiers : tiers.slice(0, 1)) {
      if (found.length >= search.limit) break;
      found.push(...(await sqliteTier(tier.set, tier.filters, search, search.limit - found.length)));
    }
    if (long.length > 0 || found.length >= search.limit) return found;
    // Only terms under three characters ("FP&A"): no index narrows tiers 1 and 2, so one
    // scan reads both, ranked, instead of a scan each.
    const rest = await sql<PersonRow>`SELECT person.* FROM person
      WHERE person.owner_id = ${ownerId} ${search.includeArchived ? sql`` : sql`AND person.archived = 0`}
        AND ${sql.join(shortAnywhere, sql` AND `)} AND NOT (${allInName} AND ${startsWordOnRow})
      ORDER BY CASE WHEN ${allInName} THEN 0 ELSE 1 END, person.sort_name, person.id
      LIMIT ${search.limit - found.length}`.execute(db);
    return [...found, ...rest.rows];
  }

  /**
   * One tier: people in `set` (FTS rowids) passing `filters`, by name. A set of at most
   * SORT_AT_MOST people is read by rowid and sorted; a larger one is read by walking the
   * name index and stops at the limit, after about limit × people ÷ set rows.
   */
  async function sqliteTier(
    set: RawBuilder<unknown> | null,
    filters: readonly RawBuilder<boolean>[],
    search: PersonSearch,
    limit: number,
  ): Promise<PersonRow[]> {
    const conditions = [
      sql<boolean>`person.owner_id = ${ownerId}`,
      ...(search.includeArchived ? [] : [sql<boolean>`person.archived = 0`]),
      ...filters,
    ];
    const where = sql.join(conditions, sql` AND `);
    if (set) {
      const ids = await sql<{ fts_id: number }>`SELECT fts_id FROM (${set}) LIMIT ${SORT_AT_MOST + 1}`.execute(db);
      if (ids.rows.length === 0) return [];
      if (ids.rows.length <= SORT_AT_MOST) {
        const list = JSON.stringify(ids.rows.map((row) => row.fts_id));
        const result = await sql<PersonRow>`SELECT person.* FROM person INDEXED BY person_owner_search_rowid
          WHERE person.search_rowid IN (SELECT value FROM json_each(${list})) AND ${where}
          ORDER BY person.sort_name, person.id LIMIT ${limit}`.execute(db);
        return result.rows;
      }
    }
    const inSet = set ? sql`AND person.search_rowid IN (${set})` : sql``;
    const result = await sql<PersonRow>`SELECT person.* FROM person INDEXED BY person_owner_sort
      WHERE ${where} ${inSet} ORDER BY person.sort_name, person.id LIMIT ${limit}`.execute(db);
    return result.rows;
  }

  /**
   * One tier on PostgreSQL, chosen as on SQLite from the number of matches rather than
   * left to the planner, whose estimates for LIKE and tsquery conditions are guesses: a
   * wrong guess walked all 100,000 people for a rare pair of terms.
   */
  async function postgresTier(condition: RawBuilder<boolean>, search: PersonSearch, limit: number) {
    const archived = search.includeArchived ? sql`` : sql`AND person.archived = 0`;
    const ids = await sql<{ person_id: string }>`SELECT s.person_id FROM person_search s
      WHERE s.owner_id = ${ownerId} AND ${condition} LIMIT ${SORT_AT_MOST + 1}`.execute(db);
    if (ids.rows.length === 0) return [];
    if (ids.rows.length <= SORT_AT_MOST) {
      const result = await sql<PersonRow>`SELECT person.* FROM person
        WHERE person.owner_id = ${ownerId} AND person.id = ANY(${ids.rows.map((row) => row.person_id)}) ${archived}
        ORDER BY person.sort_name, person.id LIMIT ${limit}`.execute(db);
      return result.rows;
    }
    // A scalar subquery is never turned into a join, so this walks the name index and
    // stops at the limit.
    const result = await sql<PersonRow>`SELECT person.* FROM person
      WHERE person.owner_id = ${ownerId} ${archived}
        AND (SELECT true FROM person_search s
             WHERE s.owner_id = person.owner_id AND s.person_id = person.id AND ${condition})
      ORDER BY person.sort_name, person.id LIMIT ${limit}`.execute(db);
    return result.rows;
  }

  /** The same tiers on PostgreSQL: trigram indexes on name and company, the tsvector for the rest. */
  async function searchPostgres(terms: readonly string[], search: PersonSearch): Promise<PersonRow[]> {
    const first = terms[0] ?? '';
    const inName = (term: string) => sql<boolean>`s.name_text LIKE ${`%${term}%`}`;
    const allInName = sql.join(terms.map(inName), sql` AND `);
    const startsWord = sql<boolean>`(' ' || s.name_text) LIKE ${`% ${first}%`}`;
    const anywhere = terms.map((term) => {
      const inBody = sql<boolean>`s.tsv @@ to_tsquery('simple', ${tsPrefixQuery(term)})`;
      // The tsvector holds the company's word suffixes too: a word prefix there is a
      // substring of the company (for terms under three characters as well, which
      // SQLite's trigrams cannot match inside a company).
      return sql<boolean>`(${inName(term)} OR ${inBody})`;
    });
    const tiers = [
      sql<boolean>`${allInName} AND ${startsWord}`,
      sql<boolean>`${allInName} AND NOT ${startsWord}`,
      sql<boolean>`${sql.join(anywhere, sql` AND `)} AND NOT (${allInName})`,
    ];
    const found: PersonRow[] = [];
    for (const condition of tiers) {
      if (found.length >= search.limit) break;
      found.push(...(await postgresTier(condition, search, search.limit - found.length)));
    }
    return found;
  }

  return repo;
}
