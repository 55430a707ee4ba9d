import { type Kysely, type Selectable, sql } from 'kysely';
import type { PeopleRepo, PersonSearch, PersonValueKind } from '../../core/people/repo.js';
import type { Person, PersonFilter, Tier } from '../../core/people/schema.js';
import { searchDocument, sortName } from '../../core/people/search-document.js';
import { valueKey } from '../../core/people/value-keys.js';
import { decodeCursor, encodeCursor } from '../../core/shared/pagination.js';
import { foldText, searchTerms } from '../../core/shared/text.js';
import type { Dialect } from '../connect.js';
import type { Database, PersonTable, PersonValueTable } from '../schema.js';
import { chunk } from './chunk.js';

type PersonRow = Selectable<PersonTable>;
type ValueRow = Selectable<PersonValueTable>;

function toRow(ownerId: string, person: Person): PersonTable {
  return {
    owner_id: ownerId,
    id: person.id,
    display_name: person.displayName,
    sort_name: sortName(person.displayName),
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

function valueRows(ownerId: string, person: Person): PersonValueTable[] {
  const rows: PersonValueTable[] = [];
  const add = (kind: PersonValueKind, values: readonly { value: string; label: string | null }[]) => {
    values.forEach(({ value, label }, position) => {
      rows.push({
        owner_id: ownerId,
        person_id: person.id,
        kind,
        position,
        value,
        value_key: valueKey(kind, value),
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

  /**
   * SQLite only: inserts rows passed as one JSON array (`json_each`), so a batch is one
   * short statement with one parameter instead of thousands of bound values, which is
   * where a 50,000-person import spent most of its time. PostgreSQL keeps multi-row VALUES.
   */
  async function insertJsonRows(table: keyof Database, rows: readonly object[]): Promise<void> {
    const first = rows[0];
    if (!first) return;
    const columns = Object.keys(first);
    for (const batch of chunk(rows, 5000)) {
      await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))})
        SELECT ${sql.join(columns.map((column) => sql`json_extract(value, ${`$.${column}`})`))}
        FROM json_each(${JSON.stringify(batch)})`.execute(db);
    }
  }

  async function writeSearchRows(people: readonly Person[]): Promise<void> {
    if (people.length === 0) return;
    const documents = people.map((person) => ({ person, ...searchDocument(person) }));
    if (dialect === 'sqlite' && people.length > 1) {
      await insertJsonRows(
        'person_fts',
        documents.map(({ person, nameText, bodyText }) => ({
          owner_id: ownerId,
          person_id: person.id,
          name_text: nameText,
          body_text: bodyText,
        })),
      );
      return;
    }
    if (dialect === 'sqlite') {
      for (const batch of chunk(documents, 500)) {
        await db
          .insertInto('person_fts')
          .values(
            batch.map(({ person, nameText, bodyText }) => ({
              owner_id: ownerId,
              person_id: person.id,
              name_text: nameText,
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
          batch.map(({ person, nameText, bodyText }) => ({
            owner_id: ownerId,
            person_id: person.id,
            name_text: nameText,
            body_text: bodyText,
            all_text: `${nameText} ${bodyText}`,
          })),
        )
        .execute();
    }
  }

  async function deleteSearchRows(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    if (dialect === 'sqlite') {
      await db.deleteFrom('person_fts').where('owner_id', '=', ownerId).where('person_id', 'in', ids).execute();
    } else {
      await db.deleteFrom('person_search').where('owner_id', '=', ownerId).where('person_id', 'in', ids).execute();
    }
  }

  async function insertValues(people: readonly Person[]): Promise<void> {
    const rows = people.flatMap((person) => valueRows(ownerId, person));
    if (dialect === 'sqlite' && people.length > 1) {
      await insertJsonRows('person_value', rows);
      return;
    }
    for (const batch of chunk(rows, 1000)) {
      await db.insertInto('person_value').values(batch).execute();
    }
  }

  const repo: PeopleRepo = {
    async insert(people) {
      if (dialect === 'sqlite' && people.length > 1) {
        await insertJsonRows(
          'person',
          people.map((person) => toRow(ownerId, person)),
        );
      }
      for (const batch of chunk(dialect === 'sqlite' && people.length > 1 ? [] : people, 500)) {
        await db
          .insertInto('person')
          .values(batch.map((person) => toRow(ownerId, person)))
          .execute();
      }
      await insertValues(people);
      await writeSearchRows(people);
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
      const { owner_id: _owner, id: _id, ...fields } = toRow(ownerId, person);
      await db.updateTable('person').set(fields).where('owner_id', '=', ownerId).where('id', '=', person.id).execute();
      await db.deleteFrom('person_value').where('owner_id', '=', ownerId).where('person_id', '=', person.id).execute();
      await insertValues([person]);
      await deleteSearchRows([person.id]);
      await writeSearchRows([person]);
    },

    async remove(id) {
      await deleteSearchRows([id]);
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
  };

  /**
   * Name matches rank first: 0 when every term is in the name and the first starts a
   * word of it, 1 when every term is somewhere in the name, 2 for matches elsewhere.
   */
  function nameRank(nameColumn: string, terms: readonly string[]) {
    const name = sql.ref(nameColumn);
    const first = terms[0] ?? '';
    const allInName = sql.join(
      terms.map((term) => sql`${name} LIKE ${`%${term}%`}`),
      sql` AND `,
    );
    return sql<number>`CASE WHEN (${allInName}) AND (' ' || ${name}) LIKE ${`% ${first}%`} THEN 0 WHEN (${allInName}) THEN 1 ELSE 2 END`;
  }

  async function searchSqlite(terms: readonly string[], search: PersonSearch): Promise<PersonRow[]> {
    // Trigrams need three characters; shorter terms are checked as substrings instead.
    const long = terms.filter((term) => term.length >= 3);
    const short = terms.filter((term) => term.length < 3);
    let query = db
      .selectFrom('person_fts')
      .innerJoin('person', (join) =>
        join.onRef('person.owner_id', '=', 'person_fts.owner_id').onRef('person.id', '=', 'person_fts.person_id'),
      )
      .selectAll('person')
      .where('person_fts.owner_id', '=', ownerId);
    if (long.length > 0) {
      query = query.where(sql<boolean>`person_fts MATCH ${long.map(ftsPhrase).join(' AND ')}`);
    }
    for (const term of short) {
      query = query.where(
        sql<boolean>`(instr(person_fts.name_text, ${term}) > 0 OR instr(person_fts.body_text, ${term}) > 0)`,
      );
    }
    if (!search.includeArchived) query = query.where('person.archived', '=', 0);
    query = query.orderBy(nameRank('person_fts.name_text', terms));
    if (long.length > 0) query = query.orderBy(sql`bm25(person_fts, 0, 0, 10, 1)`);
    return query.orderBy('person.sort_name').orderBy('person.id').limit(search.limit).execute();
  }

  async function searchPostgres(terms: readonly string[], search: PersonSearch): Promise<PersonRow[]> {
    const prefixQuery = sql.join(
      terms.map((term) => sql`quote_literal(${term}) || ':*'`),
      sql` || ' & ' || `,
    );
    let query = db
      .selectFrom('person_search')
      .innerJoin('person', (join) =>
        join.onRef('person.owner_id', '=', 'person_search.owner_id').onRef('person.id', '=', 'person_search.person_id'),
      )
      .selectAll('person')
      .where('person_search.owner_id', '=', ownerId);
    for (const term of terms) {
      query = query.where('person_search.all_text', 'like', `%${term}%`);
    }
    if (!search.includeArchived) query = query.where('person.archived', '=', 0);
    return query
      .orderBy(nameRank('person_search.name_text', terms))
      .orderBy(sql`ts_rank(person_search.tsv, to_tsquery('simple', ${prefixQuery}))`, 'desc')
      .orderBy('person.sort_name')
      .orderBy('person.id')
      .limit(search.limit)
      .execute();
  }

  return repo;
}
