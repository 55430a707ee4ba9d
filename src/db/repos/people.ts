import { type Kysely, type Selectable, sql } from 'kysely';
import type { PeopleRepo, PersonSearch, PersonValueKind } from '../../core/people/repo.js';
import type { Person, PersonFilter, Tier } from '../../core/people/schema.js';
import { type SearchDocument, searchDocument, sortName } from '../../core/people/search-document.js';
import { valueKey } from '../../core/people/value-keys.js';
import { decodeCursor, encodeCursor } from '../../core/shared/pagination.js';
import { DEFAULT_PHONE_REGION } from '../../core/shared/phone-region.js';
import { foldText, searchTerms } from '../../core/shared/text.js';
import type { Dialect } from '../connect.js';
import type { Database, PersonTable, PersonValueTable } from '../schema.js';
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

/** Quotes a term for an FTS5 MATCH expression. */
function ftsPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

export function peopleRepo(db: Kysely<Database>, dialect: Dialect, ownerId: string): PeopleRepo {
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
          .values(
            batch.map(({ person, rowid, nameText, companyText }) => ({
              rowid,
              owner_id: ownerId,
              person_id: person.id,
              name_text: nameText,
              company_text: companyText,
            })),
          )
          .execute();
        await db
          .insertInto('person_body_fts')
          .values(
            batch.map(({ person, rowid, bodyText }) => ({
              rowid,
              owner_id: ownerId,
              person_id: person.id,
              body_text: bodyText,
            })),
          )
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
            body_text: bodyText,
            all_text: `${nameText} ${companyText} ${bodyText}`,
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
    return db.transaction().execute((trx) => fn(peopleRepo(trx, dialect, ownerId)));
  }

  async function insertValues(people: readonly Person[]): Promise<void> {
    // Only phone keys depend on the region: read it only when someone has a phone.
    const region = people.some((person) => person.phones.length > 0) ? await phoneRegion() : DEFAULT_PHONE_REGION;
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
      for (const batch of chunk(rows, 500)) {
        await db
          .insertInto('person')
          .values(batch.map(({ person, rowid, document }) => toRow(ownerId, person, rowid, document)))
          .execute();
      }
      await insertValues(people);
      await writeSearchRows(rows);
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
   * Name matches rank first: 0 when every term is in the name and the first starts a
   * word of it, 1 when every term is somewhere in the name, 2 for matches elsewhere.
   */
  function nameRank(terms: readonly string[]) {
    const name = sql.ref('person.search_name');
    const first = terms[0] ?? '';
    const allInName = sql.join(
      terms.map((term) => sql`${name} LIKE ${`%${term}%`}`),
      sql` AND `,
    );
    return sql<number>`CASE WHEN (${allInName}) AND (' ' || ${name}) LIKE ${`% ${first}%`} THEN 0 WHEN (${allInName}) THEN 1 ELSE 2 END`;
  }

  function baseSearch(search: PersonSearch) {
    let query = db.selectFrom('person').selectAll('person').where('person.owner_id', '=', ownerId);
    if (!search.includeArchived) query = query.where('person.archived', '=', 0);
    return query;
  }

  async function searchSqlite(terms: readonly string[], search: PersonSearch): Promise<PersonRow[]> {
    let query = baseSearch(search);
    for (const term of terms) {
      const inBody = sql`SELECT person_id FROM person_body_fts WHERE person_body_fts MATCH ${`${ftsPhrase(term)}*`} AND owner_id = ${ownerId}`;
      if (term.length >= 3) {
        // Trigrams need three characters: names and company match anywhere inside a word.
        const inName = sql`SELECT person_id FROM person_name_fts WHERE person_name_fts MATCH ${ftsPhrase(term)} AND owner_id = ${ownerId}`;
        query = query.where(sql<boolean>`person.id IN (${inName} UNION ALL ${inBody})`);
      } else {
        query = query.where(sql<boolean>`(instr(person.search_name, ${term}) > 0 OR person.id IN (${inBody}))`);
      }
    }
    return query
      .orderBy(nameRank(terms))
      .orderBy('person.sort_name')
      .orderBy('person.id')
      .limit(search.limit)
      .execute();
  }

  async function searchPostgres(terms: readonly string[], search: PersonSearch): Promise<PersonRow[]> {
    let query = baseSearch(search).innerJoin('person_search', (join) =>
      join.onRef('person_search.owner_id', '=', 'person.owner_id').onRef('person_search.person_id', '=', 'person.id'),
    );
    for (const term of terms) {
      // pg_trgm indexes substrings of three characters or more; shorter terms match
      // the start of a word through the tsvector's GIN index instead.
      query =
        term.length >= 3
          ? query.where('person_search.all_text', 'like', `%${term}%`)
          : query.where(sql<boolean>`person_search.tsv @@ to_tsquery('simple', quote_literal(${term}) || ':*')`);
    }
    return query
      .orderBy(nameRank(terms))
      .orderBy('person.sort_name')
      .orderBy('person.id')
      .limit(search.limit)
      .execute();
  }

  return repo;
}
