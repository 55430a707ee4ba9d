import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { PersonSearch } from '../../core/people/repo.js';
import type { Database } from '../schema.js';
import { SHORT_TERM_BELOW } from '../search-words.js';
import type { PersonRow } from './people-rows.js';
import {
  ftsPhrase,
  ftsShortTerm,
  ftsWordsPrefix,
  inNameText,
  nameStartTier,
  SORT_AT_MOST,
  startsNameWord,
  type WalkEdge,
  walkEdgeOnce,
} from './people-search-text.js';

/** Search on SQLite: the name trigram index and the word index (FTS5, migration 0007). */
export function sqlitePeopleSearch(db: Kysely<Database>, ownerId: string) {
  /**
   * Search ranks in three tiers, filled in order until the limit: (0) every term is in
   * the name and the first starts a word of it, (1) every term is in the name, (2) every
   * term matches somewhere (names and company anywhere inside a word, the rest by word
   * prefix; a term under three characters is in a name only where a word starts, ADR
   * 0040). Within a tier, by name. Each tier is read with its own limit, so a common
   * term never ranks or sorts all its matches.
   */
  async function searchSqlite(terms: readonly string[], search: PersonSearch): Promise<PersonRow[]> {
    const long = terms.filter((term) => term.length >= SHORT_TERM_BELOW);
    const short = terms.filter((term) => term.length < SHORT_TERM_BELOW);
    const first = terms[0] ?? '';
    const nameFts = (expression: string) =>
      sql`SELECT rowid AS fts_id FROM person_name_fts WHERE person_name_fts MATCH ${expression}`;
    const bodyFts = (expression: string) =>
      sql`SELECT rowid AS fts_id FROM person_body_fts WHERE person_body_fts MATCH ${expression}`;
    const except = (left: RawBuilder<unknown>, right: RawBuilder<unknown>) =>
      sql`SELECT fts_id FROM (${left}) EXCEPT SELECT fts_id FROM (${right})`;

    // Trigrams need three characters: a shorter term is in the name where a word starts
    // with it, checked on the row, and anywhere else by the word index.
    const inName = long.map((term) => `name_text : ${ftsPhrase(term)}`);
    const nameAll = inName.length > 0 ? nameFts(inName.join(' AND ')) : null;
    const shortInName = short.map((term) => inNameText('sqlite', sql`person.search_name`, term));
    const allInName = shortInName.length > 0 ? sql.join(shortInName, sql` AND `) : sql`1`;
    // " ada" (the column starts with a space) is three characters from two.
    const startsWord =
      first.length >= 2 ? nameFts([`name_text : ${ftsPhrase(` ${first}`)}`, ...inName].join(' AND ')) : null;
    const startsWordOnRow = startsNameWord('sqlite', sql`person.search_name`, first);

    const anywhere = long.map(
      (term) => sql`${nameFts(`name_text : ${ftsPhrase(term)}`)} UNION ${bodyFts(ftsWordsPrefix(term))}`,
    );
    const [firstAnywhere, ...moreAnywhere] = anywhere;
    const anySet = firstAnywhere
      ? moreAnywhere.reduce(
          (set, next) => sql`SELECT fts_id FROM (${set}) INTERSECT SELECT fts_id FROM (${next})`,
          firstAnywhere,
        )
      : null;
    const shortAnywhere = short.map((term) => sql<boolean>`person.search_rowid IN (${bodyFts(ftsShortTerm(term))})`);

    const firstTier = startsWord
      ? { set: startsWord, filters: shortInName }
      : { set: nameAll, filters: [...shortInName, startsWordOnRow] };
    // With only short terms, everyone with all of them in the name has them where words
    // start, so is in the first tier: the rest is one question to the word index.
    const tiers: { set: RawBuilder<unknown> | null; filters: RawBuilder<boolean>[] }[] =
      long.length === 0
        ? [
            firstTier,
            { set: bodyFts(short.map(ftsShortTerm).join(' AND ')), filters: [sql<boolean>`NOT (${allInName})`] },
          ]
        : [
            firstTier,
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
    const walkEdge = walkEdgeOnce(db, ownerId);
    for (const [index, tier] of tiers.entries()) {
      if (found.length >= search.limit) break;
      const limit = search.limit - found.length;
      const byNameStart = index === 0 ? await nameStartTier(db, 'sqlite', ownerId, terms, search, limit) : null;
      found.push(...(byNameStart ?? (await sqliteTier(tier.set, tier.filters, search, limit, walkEdge))));
    }
    return found;
  }

  /**
   * One tier: people in `set` (FTS rowids) passing `filters`, by name. A set of at most
   * SORT_AT_MOST people is read by rowid and sorted. A larger one is read by walking the
   * name index, which stops at the limit after about limit × people ÷ set rows when the
   * matches are spread through the names; when they are not (the first WALK_AT_MOST people
   * in name order hold too few), the whole set is read by rowid and sorted.
   */
  async function sqliteTier(
    set: RawBuilder<unknown> | null,
    filters: readonly RawBuilder<boolean>[],
    search: PersonSearch,
    limit: number,
    walkEdge: () => Promise<WalkEdge>,
  ): Promise<PersonRow[]> {
    const conditions = [
      sql<boolean>`person.owner_id = ${ownerId}`,
      ...(search.includeArchived ? [] : [sql<boolean>`person.archived = 0`]),
      ...filters,
    ];
    const where = sql.join(conditions, sql` AND `);
    const readSorted = async (list: string) =>
      (
        await sql<PersonRow>`SELECT person.* FROM person INDEXED BY person_owner_search_rowid
          WHERE person.search_rowid IN (SELECT value FROM json_each(${list})) AND ${where}
          ORDER BY person.sort_name, person.id LIMIT ${limit}`.execute(db)
      ).rows;
    if (set) {
      const ids = await sql<{ fts_id: number }>`SELECT fts_id FROM (${set}) LIMIT ${SORT_AT_MOST + 1}`.execute(db);
      if (ids.rows.length === 0) return [];
      if (ids.rows.length <= SORT_AT_MOST) return readSorted(JSON.stringify(ids.rows.map((row) => row.fts_id)));
    }
    const inSet = set ? sql`AND person.search_rowid IN (${set})` : sql``;
    const edge = await walkEdge();
    const walk = (range: RawBuilder<unknown>, count: number) =>
      sql<PersonRow>`SELECT person.* FROM person INDEXED BY person_owner_sort
        WHERE ${where} ${inSet} ${range} ORDER BY person.sort_name, person.id LIMIT ${count}`.execute(db);
    const first = await walk(
      edge ? sql`AND (person.sort_name, person.id) < (${edge.sort_name}, ${edge.id})` : sql``,
      limit,
    );
    if (first.rows.length >= limit || !edge) return first.rows;
    if (set) {
      const all = await sql<{ fts_id: number }>`SELECT fts_id FROM (${set})`.execute(db);
      return readSorted(JSON.stringify(all.rows.map((row) => row.fts_id)));
    }
    const rest = await walk(
      sql`AND (person.sort_name, person.id) >= (${edge.sort_name}, ${edge.id})`,
      limit - first.rows.length,
    );
    return [...first.rows, ...rest.rows];
  }

  return searchSqlite;
}
