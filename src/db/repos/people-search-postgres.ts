import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { PersonSearch } from '../../core/people/repo.js';
import type { Database } from '../schema.js';
import type { PersonRow } from './people-rows.js';
import {
  inNameText,
  nameStartTier,
  SORT_AT_MOST,
  startsNameWord,
  tsPrefixQuery,
  type WalkEdge,
  walkEdgeOnce,
} from './people-search-text.js';

/** Search on PostgreSQL: pg_trgm on the names, the tsvector for the rest. */
export function postgresPeopleSearch(db: Kysely<Database>, ownerId: string) {
  /**
   * One tier on PostgreSQL, chosen as on SQLite from the number of matches rather than
   * left to the planner, whose estimates for LIKE and tsquery conditions are guesses: a
   * wrong guess walked all 100,000 people for a rare pair of terms. A larger tier walks the
   * name index for at most WALK_AT_MOST people, then reads its matches and sorts them, as
   * on SQLite (names sort by given name, so a given name's matches all sort late).
   */
  async function postgresTier(
    condition: RawBuilder<boolean>,
    search: PersonSearch,
    limit: number,
    walkEdge: () => Promise<WalkEdge>,
  ) {
    const archived = search.includeArchived ? sql`` : sql`AND person.archived = 0`;
    const matching = (count: number | null) =>
      sql<{ person_id: string }>`SELECT s.person_id FROM person_search s
        WHERE s.owner_id = ${ownerId} AND ${condition} ${count === null ? sql`` : sql`LIMIT ${count}`}`.execute(db);
    const readSorted = async (ids: readonly string[]) =>
      (
        await sql<PersonRow>`SELECT person.* FROM person
          WHERE person.owner_id = ${ownerId} AND person.id = ANY(${ids}) ${archived}
          ORDER BY person.sort_name, person.id LIMIT ${limit}`.execute(db)
      ).rows;
    const ids = await matching(SORT_AT_MOST + 1);
    if (ids.rows.length === 0) return [];
    if (ids.rows.length <= SORT_AT_MOST) return readSorted(ids.rows.map((row) => row.person_id));
    const edge = await walkEdge();
    // A scalar subquery is never turned into a join, so this walks the name index and
    // stops at the limit.
    const walked = await sql<PersonRow>`SELECT person.* FROM person
      WHERE person.owner_id = ${ownerId} ${archived}
        ${edge ? sql`AND (person.sort_name, person.id) < (${edge.sort_name}, ${edge.id})` : sql``}
        AND (SELECT true FROM person_search s
             WHERE s.owner_id = person.owner_id AND s.person_id = person.id AND ${condition})
      ORDER BY person.sort_name, person.id LIMIT ${limit}`.execute(db);
    if (walked.rows.length >= limit || !edge) return walked.rows;
    return readSorted((await matching(null)).rows.map((row) => row.person_id));
  }

  /** The same tiers on PostgreSQL: trigram indexes on name and company, the tsvector for the rest. */
  async function searchPostgres(terms: readonly string[], search: PersonSearch): Promise<PersonRow[]> {
    const first = terms[0] ?? '';
    const inName = (term: string) => inNameText('postgres', sql`s.name_text`, term);
    const allInName = sql.join(terms.map(inName), sql` AND `);
    const startsWord = startsNameWord('postgres', sql`s.name_text`, first);
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
    const walkEdge = walkEdgeOnce(db, ownerId);
    for (const [index, condition] of tiers.entries()) {
      if (found.length >= search.limit) break;
      const limit = search.limit - found.length;
      const byNameStart = index === 0 ? await nameStartTier(db, 'postgres', ownerId, terms, search, limit) : null;
      found.push(...(byNameStart ?? (await postgresTier(condition, search, limit, walkEdge))));
    }
    return found;
  }

  return searchPostgres;
}
