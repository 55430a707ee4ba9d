import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { PersonSearch } from '../../core/people/repo.js';
import { indexWords, NAME_START_MARK, NAME_SUFFIX_MARK, SHORT_TERM_BELOW } from '../../core/people/search-words.js';
import type { Database } from '../schema.js';
import { type PersonRow, personColumnsSql } from './people-rows.js';
import {
  archivedIs,
  inNameText,
  isPlainWord,
  nameStartTier,
  PREFIX_WORDS_AT_MOST,
  SORT_AT_MOST,
  startsNameWord,
  tsPrefixQuery,
  tsWord,
  WALK_AT_MOST,
} from './people-search-text.js';
import { wordRange } from './people-words-postgres.js';

/**
 * How many people, first by name, the last tier looks among for its page before counting
 * its matches: a quarter of SQLite's SCAN_SAMPLE, as checking a person costs more here (a
 * read of their search row); at 100,000 people 2,000 cost sparse queries 17 ms (ADR 0043).
 */
const SAMPLE = 500;

/**
 * When the SAMPLE people hold some of the last tier's page, it is walked to where their
 * rate of matches says it lies, with this margin, if that is at most REACH_AT_MOST people.
 */
const REACH_MARGIN = 1.5;
const REACH_AT_MOST = 2_500;

/**
 * The last tier's set is read and sorted up to this many people. Its first SAMPLE people
 * held at most 5 of a page's 20 (else it walked on), so its page lies 20 / (the set's share)
 * people in: at a million people, 5,000 or more for a set of 4,000, each a search row
 * read in name order, where the set's rows are read in the order they lie in.
 */
const COMMON_SORT_AT_MOST = 4_000;

/**
 * A search tier's condition on a person's search row (`s`), and, when GIN is better asked
 * another way for the tier's whole set, that condition, made when the set is read.
 */
type Tier = { condition: RawBuilder<boolean>; forSet?: () => Promise<RawBuilder<boolean>> };

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
   * index (ADR 0043); then as far as their rate of matches puts the page, and it reads a
   * larger set before walking (ADR 0050). Walks and sets are read on the search rows
   * alone, which hold each person's name key (migration 0041, ADR 0054): a walk reads one
   * row a person, a set one row a match, and only the page's people are read.
   */
  async function postgresTier(tier: Tier, search: PersonSearch, limit: number, common: boolean) {
    const { condition } = tier;
    const current = sql`AND ${archivedIs(search, sql`s.archived`)}`;
    let forSet: RawBuilder<boolean> | undefined;
    // The first `limit` of the tier's set in name order, and the set's size (counted up to
    // `count`, or whole): put in order on the search rows GIN's matches are read from.
    const setPage = async (count: number | null) => {
      forSet ??= tier.forSet ? await tier.forSet() : condition;
      const found = await sql<{ person_id: string; size: string }>`SELECT person_id, count(*) OVER () AS size FROM (
          SELECT s.person_id, s.sort_name FROM person_search s
          WHERE s.owner_id = ${ownerId} AND ${forSet} ${current} ${count === null ? sql`` : sql`LIMIT ${count}`}
        ) matches
        ORDER BY sort_name, person_id LIMIT ${limit}`.execute(db);
      return { ids: found.rows.map((row) => row.person_id), size: Number(found.rows[0]?.size ?? 0) };
    };
    // The first `people` by name (all with null), read from the search rows' name index and
    // never flattened (a subquery with a LIMIT or OFFSET 0), each checked on its own row:
    // rows are pulled one at a time, so the walk stops at the page. Finding the walk's end
    // first with OFFSET read every person before it, 300-700 ms for 20,000.
    const walk = async (people: number | null) =>
      (
        await sql<{ person_id: string }>`SELECT s.person_id FROM (
            SELECT * FROM person_search s WHERE s.owner_id = ${ownerId} ${current}
            ORDER BY s.sort_name, s.person_id ${people === null ? sql`OFFSET 0` : sql`LIMIT ${people}`}
          ) s
          WHERE ${condition} ORDER BY s.sort_name, s.person_id LIMIT ${limit}`.execute(db)
      ).rows.map((row) => row.person_id);
    // Archived people alone are few: all of them are walked, through their own index
    // (migration 0043), where the walks through everyone would read past the rest and
    // GIN's set hold all the tier's people.
    if (search.archived === 'only') return readPeople(await walk(null));
    return readPeople(await tierPage(walk, setPage, limit, common));
  }

  /**
   * The tier's page (person ids in name order): the last tier (`common`) first looks among
   * the first SAMPLE people by name, then as far as their rate of matches puts the page;
   * a set of up to COMMON_SORT_AT_MOST (other tiers SORT_AT_MOST) is read in order; a larger
   * one is walked to its page, and read whole when the walk falls short.
   */
  async function tierPage(
    walk: (people: number) => Promise<string[]>,
    setPage: (count: number | null) => Promise<{ ids: string[]; size: number }>,
    limit: number,
    common: boolean,
  ): Promise<string[]> {
    if (common) {
      const first = await walk(SAMPLE);
      if (first.length >= limit) return first;
      // At the sample's rate of matches the page lies `reach` people in: a walk there
      // costs less than counting the set and reading it ("pricing", a topic of one
      // person in 40, read 500 people, then its set, then 1,000 people again).
      const reach =
        first.length === 0 ? Number.POSITIVE_INFINITY : Math.ceil((REACH_MARGIN * SAMPLE * limit) / first.length);
      if (reach <= REACH_AT_MOST) {
        const further = await walk(reach);
        if (further.length >= limit) return further;
      }
    }
    const sortAtMost = common ? COMMON_SORT_AT_MOST : SORT_AT_MOST;
    const counted = await setPage(sortAtMost + 1);
    if (counted.size <= sortAtMost) return counted.ids;
    const walked = await walk(WALK_AT_MOST);
    return walked.length >= limit ? walked : (await setPage(null)).ids;
  }

  /** The people of a page, in its order, read by their key. */
  async function readPeople(ids: readonly string[]): Promise<PersonRow[]> {
    if (ids.length === 0) return [];
    const found = await sql<PersonRow>`SELECT ${personColumnsSql}
      FROM unnest(${ids}::text[]) WITH ORDINALITY AS page (id, n)
      CROSS JOIN LATERAL (SELECT ${personColumnsSql} FROM person
        WHERE person.owner_id = ${ownerId} AND person.id = page.id OFFSET 0) person
      ORDER BY page.n`.execute(db);
    return found.rows;
  }

  /**
   * For each prefix, the words of this owner's tsvectors starting with it (from
   * person_word, in key order, one index descent each), or null past
   * PREFIX_WORDS_AT_MOST: GIN reads a prefix by gathering every match of every word it
   * starts into one bitmap before anything else ("senior":* at a million people, 135,000
   * people, lossy pages rechecked), where a whole word's list is stepped through along the
   * other terms' (ADR 0052). One statement for all the prefixes.
   */
  async function wordsStarting(prefixes: readonly string[]): Promise<Map<string, string[] | null>> {
    const ranges = prefixes.flatMap((prefix) => {
      const range = wordRange({ text: prefix, prefix: true });
      return range === undefined ? [] : [{ prefix, ...range }];
    });
    if (ranges.length === 0) return new Map();
    const next = (after: RawBuilder<unknown>) => sql`(SELECT w.word FROM person_word w
      WHERE w.owner_id = ${ownerId} AND w.word ${after} AND w.word < t.hi ORDER BY w.word LIMIT 1)`;
    const found = await sql<{ n: string; word: string }>`SELECT t.n, f.word
      FROM unnest(${ranges.map((range) => range.lo)}::text[], ${ranges.map((range) => range.hi)}::text[])
        WITH ORDINALITY AS t (lo, hi, n)
      CROSS JOIN LATERAL (
        WITH RECURSIVE found (word) AS (
          SELECT ${next(sql`>= t.lo`)}
          UNION ALL
          SELECT ${next(sql`> found.word`)} FROM found WHERE found.word IS NOT NULL
        )
        SELECT word FROM found WHERE word IS NOT NULL LIMIT ${PREFIX_WORDS_AT_MOST + 1}
      ) f`.execute(db);
    const words = new Map<string, string[] | null>(ranges.map(({ prefix }) => [prefix, []]));
    for (const row of found.rows) {
      const prefix = ranges[Number(row.n) - 1]?.prefix ?? '';
      const list = words.get(prefix);
      if (list === undefined || list === null) continue;
      if (list.length === PREFIX_WORDS_AT_MOST) words.set(prefix, null);
      else list.push(row.word);
    }
    return words;
  }

  /**
   * A term as the last tier asks it of the tsvector: in the name (a mark of a name word
   * starting with it, migration 0039) or its words in order, the last as a prefix, in the
   * rest; `query` is what GIN reads, all terms' ANDed into one tsquery (ADR 0052), and
   * `check` what is then checked on the row. For the set GIN reads, a term of letters
   * and digits is asked as the words it starts (`starting`, from wordsStarting) when
   * they are few; a walk checks each person's row, where a prefix costs no more. The GIN
   * index reads a prefix's posting list by joining those of every word it starts: for a word under
   * SHORT_TERM_BELOW characters after a whole one ("bailey.s": 'bailey' <-> 's':*) that
   * is a large part of the index, 100-130 ms at 100,000 people (for 233 matches), where
   * "bailey" alone took 0.2 ms. GIN then reads the whole words alone, and each of their
   * holders is checked for the phrase by ts_match_vq (the function behind @@, which the
   * planner never gives to the index).
   */
  function lastTierTerm(
    term: string,
    starting: string[] | null | undefined,
  ): { query: RawBuilder<unknown>; check: RawBuilder<boolean> | null } {
    const mark = sql`${term.length < SHORT_TERM_BELOW ? tsWord(NAME_START_MARK + term) : `${tsWord(NAME_SUFFIX_MARK + term)}:*`}::tsquery`;
    if (starting) {
      const words = sql`to_tsquery('simple', ${starting.map(tsWord).join(' | ')})`;
      return { query: starting.length === 0 ? mark : sql`(${mark} || ${words})`, check: null };
    }
    const phrase = sql`to_tsquery('simple', ${tsPrefixQuery(term)})`;
    const words = indexWords(term);
    const last = words.at(-1) ?? '';
    if (words.length < 2 || last.length >= SHORT_TERM_BELOW) return { query: sql`(${mark} || ${phrase})`, check: null };
    const whole = sql`to_tsquery('simple', ${words.slice(0, -1).map(tsWord).join(' & ')})`;
    return {
      query: sql`(${mark} || ${whole})`,
      check: sql<boolean>`(s.tsv @@ ${mark} OR ts_match_vq(s.tsv, ${phrase}))`,
    };
  }

  /**
   * The last tier's condition: every term in the name or the rest, one tsquery for GIN.
   * For its set (`starting` given), the terms in `starting` are asked as those words, and a
   * term under SHORT_TERM_BELOW characters beside a longer one is checked on the rows the
   * others find, which are read anyway: as a prefix of the rest ('o':* of "O'Kon") GIN
   * would gather every word starting with it, most people (110-150 ms at a million).
   */
  function anywhere(terms: readonly string[], starting?: Map<string, string[] | null>): RawBuilder<boolean> {
    const hasLong = terms.some((term) => term.length >= SHORT_TERM_BELOW);
    const onRow = (term: string) => starting !== undefined && hasLong && term.length < SHORT_TERM_BELOW;
    const asked = terms.map((term) => ({ ...lastTierTerm(term, starting?.get(term)), onRow: onRow(term) }));
    const checks = asked.flatMap(({ query, check, onRow }) => [
      ...(onRow ? [sql<boolean>`ts_match_vq(s.tsv, ${query})`] : []),
      ...(check === null ? [] : [check]),
    ]);
    const query = sql.join(
      asked.filter(({ onRow }) => !onRow).map(({ query }) => query),
      sql` && `,
    );
    return sql<boolean>`s.tsv @@ (${query}) ${sql.join(
      checks.map((check) => sql` AND ${check}`),
      sql``,
    )}`;
  }

  /** The same tiers on PostgreSQL: trigram indexes on name and company, the tsvector for the rest. */
  async function searchPostgres(terms: readonly string[], search: PersonSearch): Promise<PersonRow[]> {
    const first = terms[0] ?? '';
    const inName = (term: string) => inNameText('postgres', sql`s.name_text`, term);
    const allInName = sql.join(terms.map(inName), sql` AND `);
    const startsWord = startsNameWord('postgres', sql`s.name_text`, first);
    // The tsvector holds the company's word suffixes too: a word prefix there is a
    // substring of the company (for terms under three characters as well, which
    // SQLite's trigrams cannot match inside a company).
    const lastTier = (starting?: Map<string, string[] | null>) =>
      sql<boolean>`${anywhere(terms, starting)} AND NOT (${allInName})`;
    const plain = [...new Set(terms)].filter((term) => term.length >= SHORT_TERM_BELOW && isPlainWord(term));
    const tiers: Tier[] = [
      { condition: sql<boolean>`${allInName} AND ${startsWord}` },
      { condition: sql<boolean>`${allInName} AND NOT ${startsWord}` },
      { condition: lastTier(), forSet: async () => lastTier(await wordsStarting(plain)) },
    ];
    const found: PersonRow[] = [];
    for (const [index, tier] of tiers.entries()) {
      if (found.length >= search.limit) break;
      // A first term under SHORT_TERM_BELOW characters is in the name only where a word
      // starts, so no one is in tier 1; asking would scan every name ("FP&A": 250-370 ms).
      if (index === 1 && first.length < SHORT_TERM_BELOW) continue;
      const limit = search.limit - found.length;
      const byNameStart = index === 0 ? await nameStartTier(db, ownerId, terms, search, limit) : null;
      const common = index === tiers.length - 1;
      found.push(...(byNameStart ?? (await postgresTier(tier, search, limit, common))));
    }
    return found;
  }

  return searchPostgres;
}
