import type SqliteDatabase from 'better-sqlite3';
import { type Kysely, type RawBuilder, type Selectable, sql } from 'kysely';
import type { PeopleRepo, PersonSearch, PersonValueKind } from '../../core/people/repo.js';
import type { Person, PersonFilter, Tier } from '../../core/people/schema.js';
import { type SearchDocument, searchDocument, sortName } from '../../core/people/search-document.js';
import { valueKey } from '../../core/people/value-keys.js';
import { decodeCursor, encodeCursor } from '../../core/shared/pagination.js';
import { DEFAULT_PHONE_REGION } from '../../core/shared/phone-region.js';
import { foldText, searchTerms } from '../../core/shared/text.js';
import type { Dialect } from '../connect.js';
import type { Database, PersonTable, PersonValueTable } from '../schema.js';
import { wordSuffixes } from '../search-words.js';
import { chunk } from './chunk.js';
import { settingsRepo } from './settings.js';

type PersonRow = Selectable<PersonTable>;
type ValueRow = Selectable<PersonValueTable>;

function toRow(ownerId: string, person: Person, searchRowid: number | null, document: SearchDocument): PersonTable {
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
    how_met: person.howMet,
    met_on: person.metOn,
    introduced_by_id: person.introducedById,
    notes: person.notes,
    archived: person.archived ? 1 : 0,
    created_at: person.createdAt,
    updated_at: person.updatedAt,
  };
}

function valueRows(ownerId: string, person: Person, region: string): PersonValueTable[] {
  const rows: PersonValueTable[] = [];
  const add = (kind: PersonValueKind, values: readonly { value: string; label: string | null }[]) => {
    values.forEach(({ value, label }, position) => {
      rows.push({
        owner_id: ownerId,
        person_id: person.id,
        kind,
        position,
        value,
        value_key: valueKey(kind, value, region),
        label,
      });
    });
  };
  const plain = (values: readonly string[]) => values.map((value) => ({ value, label: null }));
  add('email', person.emails);
  add('phone', person.phones);
  add(
    'link',
    person.links.map((link) => ({ value: link.url, label: link.label })),
  );
  add('tag', plain(person.tags));
  add('topic', plain(person.topics));
  add('offer', plain(person.offers));
  add('need', plain(person.needs));
  return rows;
}

function fromRows(row: PersonRow, values: readonly ValueRow[]): Person {
  const of = (kind: PersonValueKind) =>
    values.filter((value) => value.kind === kind).sort((a, b) => a.position - b.position);
  const labels = (kind: PersonValueKind) => of(kind).map((value) => value.value);
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
    howMet: row.how_met,
    metOn: row.met_on,
    introducedById: row.introduced_by_id,
    notes: row.notes,
    archived: Number(row.archived) === 1,
    emails: of('email').map((value) => ({ value: value.value, label: value.label })),
    phones: of('phone').map((value) => ({ value: value.value, label: value.label })),
    links: of('link').map((value) => ({ url: value.value, label: value.label })),
    tags: labels('tag'),
    topics: labels('topic'),
    offers: labels('offer'),
    needs: labels('need'),
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
  const words = term.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return `${words.map((word) => `'${word.replace(/'/g, "''")}'`).join(' <-> ')}:*`;
}

/** Quotes a term for an FTS5 MATCH expression. */
function ftsPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/**
 * The name column of person_name_fts starts with a space, so a phrase starting with a
 * space (`" ada"`) matches only where a word of the name starts: the first ranking tier.
 */
function ftsNameText(nameText: string): string {
  return ` ${nameText}`;
}

/** The rest, and the company as word suffixes: a word prefix there is a substring of the company. */
function ftsBodyText(document: SearchDocument): string {
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
  'how_met',
  'met_on',
  'introduced_by_id',
  'notes',
  'archived',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof PersonTable)[];

const valueColumns = [
  'owner_id',
  'person_id',
  'kind',
  'position',
  'value',
  'value_key',
  'label',
] as const satisfies readonly (keyof PersonValueTable)[];

type BulkStatements = Record<'person' | 'value' | 'names' | 'body', SqliteDatabase.Statement>;
const bulkStatements = new WeakMap<SqliteDatabase.Database, BulkStatements>();

function bulkStatementsFor(sqlite: SqliteDatabase.Database): BulkStatements {
  let statements = bulkStatements.get(sqlite);
  if (!statements) {
    const insert = (table: string, columns: readonly string[]) =>
      sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    statements = {
      person: insert('person', personColumns),
      value: insert('person_value', valueColumns),
      names: insert('person_name_fts', ['rowid', 'name_text']),
      body: insert('person_body_fts', ['rowid', 'body_text']),
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
  region: string,
  rows: readonly { person: Person; rowid: number | null; document: SearchDocument }[],
): void {
  const statements = bulkStatementsFor(sqlite);
  for (const { person, rowid, document } of rows) {
    const row = toRow(ownerId, person, rowid, document);
    statements.person.run(personColumns.map((column) => row[column]));
    for (const value of valueRows(ownerId, person, region)) {
      statements.value.run(valueColumns.map((column) => value[column]));
    }
    statements.names.run(rowid, ftsNameText(document.nameText));
    statements.body.run(rowid, ftsBodyText(document));
  }
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

  async function withValues(rows: readonly PersonRow[]): Promise<Person[]> {
    if (rows.length === 0) return [];
    const byPerson = new Map<string, ValueRow[]>();
    for (const ids of chunk(
      rows.map((row) => row.id),
      500,
    )) {
      const values = await db
        .selectFrom('person_value')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('person_id', 'in', ids)
        .execute();
      for (const value of values) {
        const list = byPerson.get(value.person_id) ?? [];
        list.push(value);
        byPerson.set(value.person_id, list);
      }
    }
    return rows.map((row) => fromRows(row, byPerson.get(row.id) ?? []));
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

  /** Deletes a person's search rows: by FTS rowid on SQLite, by key on PostgreSQL. */
  async function deleteSearchRows(id: string): Promise<number | null> {
    if (dialect === 'postgres') {
      await db.deleteFrom('person_search').where('owner_id', '=', ownerId).where('person_id', '=', id).execute();
      return null;
    }
    const row = await db
      .selectFrom('person')
      .select('search_rowid')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    const rowid = row?.search_rowid ?? null;
    if (rowid !== null) {
      await db.deleteFrom('person_name_fts').where('rowid', '=', rowid).execute();
      await db.deleteFrom('person_body_fts').where('rowid', '=', rowid).execute();
    }
    return rowid;
  }

  /** SQLite: the next free FTS rowids, one per person. */
  async function nextSearchRowids(count: number): Promise<(number | null)[]> {
    if (dialect === 'postgres') return Array.from({ length: count }, () => null);
    const last = await db
      .selectFrom('person_name_fts')
      .select('rowid')
      .orderBy('rowid', 'desc')
      .limit(1)
      .executeTakeFirst();
    const first = Number(last?.rowid ?? 0) + 1;
    return Array.from({ length: count }, (_, index) => first + index);
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

  async function insertValues(people: readonly Person[]): Promise<void> {
    const region = await regionFor(people);
    const rows = people.flatMap((person) => valueRows(ownerId, person, region));
    for (const batch of chunk(rows, 1000)) {
      await db.insertInto('person_value').values(batch).execute();
    }
  }

  const repo: PeopleRepo = {
    async insert(people) {
      if (db.isTransaction === false) return atomically((repo) => repo.insert(people));
      const rowids = await nextSearchRowids(people.length);
      // The search text goes in the person row and the search tables: fold it once.
      const rows = people.map((person, index) => ({
        person,
        rowid: rowids[index] ?? null,
        document: searchDocument(person),
      }));
      if (sqlite) {
        insertSqlite(sqlite, ownerId, await regionFor(people), rows);
        return;
      }
      for (const batch of chunk(rows, 500)) {
        await db
          .insertInto('person')
          .values(batch.map(({ person, rowid, document }) => toRow(ownerId, person, rowid, document)))
          .execute();
      }
      await insertValues(people);
      await writeSearchRows(rows);
      if (people.length >= ANALYZE_AFTER) {
        // Fresh planner statistics: until autovacuum gets to it, PostgreSQL plans searches
        // as if this owner had a few hundred people, and scans them all instead of
        // walking the name index (seconds instead of milliseconds at 100,000 people).
        await sql`ANALYZE person, person_value, person_search`.execute(db);
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
      const [person] = await withValues([row]);
      return person;
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
      return withValues(rows);
    },

    async save(person) {
      if (db.isTransaction === false) return atomically((repo) => repo.save(person));
      const rowid = await deleteSearchRows(person.id);
      const document = searchDocument(person);
      const { owner_id: _owner, id: _id, ...fields } = toRow(ownerId, person, rowid, document);
      await db.updateTable('person').set(fields).where('owner_id', '=', ownerId).where('id', '=', person.id).execute();
      await db.deleteFrom('person_value').where('owner_id', '=', ownerId).where('person_id', '=', person.id).execute();
      await insertValues([person]);
      await writeSearchRows([{ person, rowid: rowid ?? (await nextSearchRowids(1))[0] ?? null, document }]);
    },

    async remove(id) {
      if (db.isTransaction === false) return atomically((repo) => repo.remove(id));
      await deleteSearchRows(id);
      const result = await db
        .deleteFrom('person')
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async list(filter: PersonFilter) {
      let query = db.selectFrom('person').selectAll('person').where('person.owner_id', '=', ownerId);
      if (filter.archived === 'exclude') query = query.where('person.archived', '=', 0);
      if (filter.archived === 'only') query = query.where('person.archived', '=', 1);
      if (filter.tier) query = query.where('person.tier', '=', filter.tier);
      if (filter.company) {
        query = query.where(sql<string>`lower(person.company)`, '=', filter.company.toLowerCase());
      }
      for (const [kind, value] of [
        ['tag', filter.tag],
        ['topic', filter.topic],
      ] as const) {
        if (!value) continue;
        query = query.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('person_value')
              .select('person_value.person_id')
              .where('person_value.owner_id', '=', ownerId)
              .whereRef('person_value.person_id', '=', 'person.id')
              .where('person_value.kind', '=', kind)
              .where('person_value.value_key', '=', valueKey(kind, value)),
          ),
        );
      }
      if (filter.cursor) {
        const [afterName, afterId] = decodeCursor(filter.cursor).map(String);
        query = query.where(({ eb, or, and }) =>
          or([
            eb('person.sort_name', '>', afterName ?? ''),
            and([eb('person.sort_name', '=', afterName ?? ''), eb('person.id', '>', afterId ?? '')]),
          ]),
        );
      }
      const rows = await query
        .orderBy('person.sort_name')
        .orderBy('person.id')
        .limit(filter.limit + 1)
        .execute();
      const page = rows.slice(0, filter.limit);
      const last = page.at(-1);
      return {
        items: await withValues(page),
        nextCursor: rows.length > filter.limit && last ? encodeCursor([last.sort_name, last.id]) : null,
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
      return withValues(rows);
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
      const people = await withValues(rows);
      return people;
    },

    async findByName(name) {
      const key = foldText(name).trim();
      const rows = await db
        .selectFrom('person')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where((eb) =>
          eb.or([
            eb('sort_name', '=', key),
            eb(sql<string>`lower(nickname)`, '=', key),
            eb(sql<string>`lower(coalesce(given_name, '') || ' ' || coalesce(family_name, ''))`, '=', key),
          ]),
        )
        .orderBy('sort_name')
        .orderBy('id')
        .limit(50)
        .execute();
      return withValues(rows);
    },

    async findByValue(kind, key) {
      const rows = await db
        .selectFrom('person_value')
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
          .selectFrom('person_value')
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
      const phones = await db
        .selectFrom('person_value')
        .select(['person_id', 'position', 'value', 'value_key'])
        .where('owner_id', '=', ownerId)
        .where('kind', '=', 'phone')
        .execute();
      for (const phone of phones) {
        const key = valueKey('phone', phone.value, region);
        if (key === phone.value_key) continue;
        await db
          .updateTable('person_value')
          .set({ value_key: key })
          .where('owner_id', '=', ownerId)
          .where('person_id', '=', phone.person_id)
          .where('kind', '=', 'phone')
          .where('position', '=', phone.position)
          .execute();
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
      sql`SELECT rowid AS fts_id FROM person_body_fts WHERE person_body_fts MATCH ${`${ftsPhrase(term)}*`}`;
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
