import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { PersonSearch } from '../../core/people/repo.js';
import type { Database } from '../schema.js';
import { type PersonRow, personColumnsSql } from './people-rows.js';
import {
  inNameText,
  nameStartTier,
  SORT_AT_MOST,
  startsNameWord,
  tsPrefixQuery,
  type WalkEdge,
  walkEdgeOnce,
} from './people-search-text.js';

/**
 * How many people, first by name, the last tier looks among for its page before counting
 * its matches: a quarter of SQLite's SCAN_SAMPLE, as checking a person costs more here (a
 * lookup of their search row); at 100,000 people 2,000 cost sparse queries 17 ms (ADR 0043).
 */
const SAMPLE = 500;

/** Search on PostgreSQL: pg_trgm on the names, the tsvector for the rest. */
export function postgresPeopleSearch(db: Kysely<Database>, ownerId: string) {
  /**
   * One tier on PostgreSQL, chosen as on SQLite from the number of matches rather than
   * left to the planner, whose estimates for LIKE and tsquery conditions are guesses: a
   * wrong guess walked all 100,000 people for a rare pair of terms. A larger tier walks the
   * name index for at most WALK_AT_MOST people, then reads its matches and sorts them, as
   * on SQLite (names sort by given name, so a given name's matches all sort late). The
   * last tier (`common`) first looks for its page among the first SAMPLE people by name:
   * counting the holders of a common word ("senior", a topic) read them all from the GIN
   * index (ADR 0043).
   */
  async function postgresTier(
    condition: RawBuilder<boolean>,
    search: PersonSearch,
    limit: number,
    edges: { sample: () => Promise<WalkEdge>; walk: () => Promise<WalkEdge> },
    common: boolean,
  ) {
    const archived = search.includeArchived ? sql`` : sql`AND person.archived = 0`;
    const matching = (count: number | null) =>
      sql<{ person_id: string }>`SELECT s.person_id FROM person_search s
        WHERE s.owner_id = ${ownerId} AND ${condition} ${count === null ? sql`` : sql`LIMIT ${count}`}`.execute(db);
    const readSorted = async (ids: readonly string[]) =>
      (
        await sql<PersonRow>`SELECT ${personColumnsSql} FROM person
          WHERE person.owner_id = ${ownerId} AND person.id = ANY(${ids}) ${archived}
          ORDER BY person.sort_name, person.id LIMIT ${limit}`.execute(db)
      ).rows;
    const readAll = async () => readSorted((await matching(null)).rows.map((row) => row.person_id));
    // A scalar subquery is never turned into a join, so this walks the name index and
    // stops at the limit.
    const walk = async (edge: WalkEdge) =>
      (
        await sql<PersonRow>`SELECT ${personColumnsSql} FROM person
          WHERE person.owner_id = ${ownerId} ${archived}
            ${edge ? sql`AND (person.sort_name, person.id) < (${edge.sort_name}, ${edge.id})` : sql``}
            AND (SELECT true FROM person_search s
                 WHERE s.owner_id = person.owner_id AND s.person_id = person.id AND ${condition})
          ORDER BY person.sort_name, person.id LIMIT ${limit}`.execute(db)
      ).rows;
    if (common) {
      const sampleEdge = await edges.sample();
      const first = await walk(sampleEdge);
      if (first.length >= limit || !sampleEdge) return first;
    }
    const ids = await matching(SORT_AT_MOST + 1);
    if (ids.rows.length === 0) return [];
    if (ids.rows.length <= SORT_AT_MOST) return readSorted(ids.rows.map((row) => row.person_id));
    const edge = await edges.walk();
    const walked = await walk(edge);
    return walked.length >= limit || !edge ? walked : readAll();
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
    const edges = { sample: walkEdgeOnce(db, ownerId, SAMPLE), walk: walkEdgeOnce(db, ownerId) };
    for (const [index, condition] of tiers.entries()) {
      if (found.length >= search.limit) break;
      const limit = search.limit - found.length;
      const byNameStart = index === 0 ? await nameStartTier(db, 'postgres', ownerId, terms, search, limit) : null;
      const common = index === tiers.length - 1;
      found.push(...(byNameStart ?? (await postgresTier(condition, search, limit, edges, common))));
    }
    return found;
  }

  return searchPostgres;
}
