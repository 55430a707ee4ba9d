import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { PersonSearch } from '../../core/people/repo.js';
import {
  indexWords,
  LATER_WORD_MARK,
  NAME_START_MARK,
  NAME_SUFFIX_MARK,
  SHORT_TERM_BELOW,
} from '../../core/people/search-words.js';
import type { Database } from '../schema.js';
import { type PersonRow, personColumnsSql } from './people-rows.js';
import {
  archivedIs,
  FIRST_TIER_SORT_COSTS_WALKS,
  followingPrefix,
  ftsPhrase,
  ftsShortTerm,
  inNameText,
  isPlainWord,
  LIKELY_OFF_BY,
  PREFIX_WORDS_AT_MOST,
  SCAN_PROBE,
  SCAN_SAMPLE,
  SCAN_SHARE,
  SORT_AT_MOST,
  SORT_COSTS_WALKS,
  startsNameWord,
  WALK_AT_MOST,
} from './people-search-text.js';

/**
 * SQL: the person's search words (person.search_words, migration 0029) answer a term as the
 * word index does: each of its words whole, the last as a start ("john.sm": " john " and
 * " sm"); a term under three characters is a word start or a marked start of a name word.
 * A term of no words matches nothing there, as in the word index.
 */
function inSearchWords(term: string): RawBuilder<boolean> {
  const words = sql`person.search_words`;
  if (term.length < SHORT_TERM_BELOW) {
    return sql<boolean>`(instr(${words}, ${` ${term}`}) > 0 OR instr(${words}, ${` ${NAME_START_MARK}${term} `}) > 0)`;
  }
  const parts = indexWords(term);
  if (parts.length === 0) return sql<boolean>`0`;
  const checks = parts.map((part, index) =>
    index === parts.length - 1 ? sql`instr(${words}, ${` ${part}`}) > 0` : sql`instr(${words}, ${` ${part} `}) > 0`,
  );
  return sql<boolean>`(${sql.join(checks, sql` AND `)})`;
}

/**
 * A search tier: a set of the indexes holding its people (FTS rowids; null for none to
 * read), and exactly its people as a check on a person's row, which every read applies.
 */
type Tier = {
  set: () => Promise<RawBuilder<unknown> | null>;
  onRow: RawBuilder<boolean>;
  /** The last tier: its terms are often common outside the name. */
  common?: boolean;
};

/** A person a walk in name order found: their id and sort name. */
type Walked = { id: string; sort_name: string };

/** How the first tier's later words are read (startTier). */
type LaterWordsRead = {
  where: RawBuilder<boolean>;
  limit: number;
  search: PersonSearch;
  /** About how many people the owner has (ownerSize). */
  size: number;
  /** How many people a walk reads before the set is read instead. */
  walkAtMost: number;
  /** The names a walk reads up to: to the range's last person of the page, when it has a page. */
  upTo: RawBuilder<unknown>;
};

/** The ids of the first `limit` people by name (sort name, then id, as SQLite orders them), each once. */
function firstByName(people: readonly Walked[], limit: number): string[] {
  const byId = new Map(people.map((person) => [person.id, person]));
  return [...byId.values()]
    .sort((a, b) => byCodePoints(a.sort_name, b.sort_name) || byCodePoints(a.id, b.id))
    .slice(0, limit)
    .map((person) => person.id);
}

/** Texts in code point order, as SQLite compares them (JavaScript's `<` compares UTF-16 units: an emoji before U+FF01). */
function byCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return x.done ? (y.done ? 0 : -1) : 1;
    const difference = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
}

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
    const first = terms[0] ?? '';
    const nameFts = (expression: string) =>
      sql`SELECT rowid AS fts_id FROM person_name_fts WHERE person_name_fts MATCH ${expression}`;
    const bodyFts = (expression: string) =>
      sql`SELECT rowid AS fts_id FROM person_body_fts WHERE person_body_fts MATCH ${expression}`;

    // Trigrams need three characters: a shorter term is in the name where a word starts
    // with it, and anywhere else by the word index.
    const inName = long.map((term) => `name_text : ${ftsPhrase(term)}`);
    const nameAll = inName.length > 0 ? nameFts(inName.join(' AND ')) : null;
    // " ada" (the column starts with a space) is three characters from two.
    const startsWord =
      first.length >= 2 ? nameFts([`name_text : ${ftsPhrase(` ${first}`)}`, ...inName].join(' AND ')) : null;
    // Every term somewhere, one question to the word index (ADR 0049): a term of one word
    // is there as a word's start or, inside the name, as the start of a marked suffix of a
    // name word; a term with punctuation inside ("jeanne.s") as its words, and inside the
    // name from the name trigrams, added to the set (so it may hold more than the tier;
    // the check on the row is exact).
    const punctuated = long.filter((term) => indexWords(term).join(' ') !== term);
    const question = async (term: string): Promise<string> => {
      if (term.length < SHORT_TERM_BELOW) return ftsShortTerm(term);
      if (!punctuated.includes(term)) {
        return `(${await wordsStarting(term)} OR ${await wordsStarting(term, NAME_SUFFIX_MARK)})`;
      }
      const words = indexWords(term);
      const last = words.length - 1;
      const parts = await Promise.all(
        words.map(async (word, index) => (index === last ? wordsStarting(word) : ftsPhrase(word))),
      );
      return `(${parts.join(' AND ')})`;
    };
    const anySet = async () =>
      punctuated.reduce(
        (set, term) => sql`${set} UNION ALL ${nameFts(`name_text : ${ftsPhrase(term)}`)}`,
        bodyFts((await Promise.all(terms.map(question))).join(' AND ')),
      );

    // Each tier is also a check on a person's row (its name and search words), exactly
    // its people: a tier can then be read in name order, and its set may hold the earlier
    // tiers' people too. A later tier is read only when those filled less than the page,
    // so they are few, and leaving them in spares a second read of the name trigrams.
    const nameText = sql<string>`person.search_name`;
    const everyInName = sql.join(
      terms.map((term) => inNameText('sqlite', nameText, term)),
      sql` AND `,
    );
    const startsWordOnRow = startsNameWord('sqlite', nameText, first);
    const somewhereOnRow = sql.join(
      terms.map((term) =>
        term.length < SHORT_TERM_BELOW
          ? inSearchWords(term)
          : sql`(${inNameText('sqlite', nameText, term)} OR ${inSearchWords(term)})`,
      ),
      sql` AND `,
    );
    const tiers: Tier[] = [
      {
        // With only short terms, each the marked start of a name word in the word index.
        set: async () =>
          startsWord ?? nameAll ?? bodyFts(terms.map((term) => ftsPhrase(NAME_START_MARK + term)).join(' AND ')),
        onRow: sql<boolean>`${everyInName} AND ${startsWordOnRow}`,
      },
      // With only short terms, everyone with all of them in the name has them where
      // words start, so is in the first tier.
      ...(long.length === 0
        ? []
        : [
            {
              set: async () => nameAll,
              onRow: sql<boolean>`${everyInName} AND NOT ${startsWordOnRow}`,
            },
          ]),
      {
        set: anySet,
        onRow: sql<boolean>`${somewhereOnRow} AND NOT (${everyInName})`,
        common: true,
      },
    ];
    const found: PersonRow[] = [];
    for (const [index, tier] of tiers.entries()) {
      if (found.length >= search.limit) break;
      const limit = search.limit - found.length;
      const byNameStart = index === 0 ? await startTier(tier, terms, search, limit) : null;
      found.push(...(byNameStart ?? (await sqliteTier(tier, search, limit))));
    }
    return found;
  }

  /**
   * The first tier (every term in the name, the first starting a word of it) from the two
   * places a name word starting with the first term can be (ADR 0059):
   * - the first word of the sort name: the names starting with the term, one range of the
   *   name index, already in name order, walked for the first `limit` of the tier;
   * - a later word: marked in the word index (`"\uE002lov"*`, nameMarks). These are spread
   *   through the names, so they are walked for in name order up to the range's last
   *   person read (a walk that stops at its page when they are common), or, when the first
   *   SCAN_PROBE people say they are rare, read as a set (with the other terms) and sorted.
   * The page is the first `limit` of both by name. Null, to read the tier as any other,
   * for archived people alone (read apart) or when the range holds the tier's people too
   * sparsely to walk (a long range with rare other terms).
   */
  async function startTier(
    tier: Tier,
    terms: readonly string[],
    search: PersonSearch,
    limit: number,
  ): Promise<PersonRow[] | null> {
    const [first, ...rest] = terms;
    // A term with punctuation inside ("parker.l") is asked of the name trigrams (sqliteTier):
    // the word index holds its words apart, so their set would hold many who lack it.
    const punctuated = terms.some((term) => indexWords(term).join(' ') !== term);
    if (first === undefined || punctuated || search.archived === 'only') return null;
    const where = sql<boolean>`${archivedIs(search, sql`person.archived`)} AND ${tier.onRow}`;
    const size = await ownerSize();
    const walkAtMost = Math.max(SCAN_PROBE, Math.round(Math.sqrt(limit * size * FIRST_TIER_SORT_COSTS_WALKS)));
    const following = followingPrefix(first);
    const range = sql`person.sort_name >= ${first} ${following === undefined ? sql`` : sql`AND person.sort_name < ${following}`}`;
    const starting = await walk(where, limit, walkAtMost, range);
    if (!starting.complete) return null;
    const lastStarting = starting.ids.length >= limit ? starting.ids.at(-1) : undefined;
    const upTo = lastStarting ? sql`person.sort_name <= ${lastStarting.sort_name}` : sql<boolean>`1`;
    const later = await laterWords({ where, limit, search, size, walkAtMost, upTo }, first, rest);
    return inNameOrder(firstByName([...starting.ids, ...later], limit));
  }

  /**
   * The people of the first tier whose name has a later word starting with the term, the
   * first `limit` by name among those named at most `upTo` (and maybe some of the range's
   * too, which the page's own order settles): walked for in name order when the first
   * SCAN_PROBE people hold them at a rate that fills the page within `walkAtMost`, else
   * the word index's set of later words starting so, with the other terms, sorted.
   */
  async function laterWords(
    { where, limit, search, size, walkAtMost, upTo }: LaterWordsRead,
    first: string,
    rest: readonly string[],
  ): Promise<Walked[]> {
    const probe = await walk(where, limit, SCAN_PROBE, upTo);
    if (probe.complete) return probe.ids;
    if (probe.ids.length * (walkAtMost / SCAN_PROBE) >= limit) {
      const walked = await walk(where, limit, walkAtMost, upTo);
      if (walked.complete) return walked.ids;
    }
    const question = await laterWordQuestion(first, rest);
    // As many as sorting costs what the walk to the page would: more, and the walk finds the page sooner.
    const sortAtMost = Math.round(Math.sqrt((limit * size) / FIRST_TIER_SORT_COSTS_WALKS));
    const set = await setIds(
      sql`SELECT rowid AS fts_id FROM person_body_fts WHERE person_body_fts MATCH ${question}`,
      sortAtMost + 1,
    );
    if (set.length <= sortAtMost) return namesOf((await sortedBy(where, limit, search)(set)).map((row) => row.id));
    // Common after all: a walk to the page is short.
    return (await walk(where, limit, null, upTo)).ids;
  }

  /**
   * The word index question for the first tier's people with the first term at the start
   * of a later word of the name (a marked later word), and the other terms in the name: a
   * short one as the marked start of a name word, a longer one as a marked suffix. The
   * terms have no punctuation inside (startTier).
   */
  async function laterWordQuestion(first: string, rest: readonly string[]): Promise<string> {
    const parts = [await wordsStarting(first, LATER_WORD_MARK)];
    for (const term of rest) {
      parts.push(
        term.length < SHORT_TERM_BELOW
          ? ftsPhrase(NAME_START_MARK + term)
          : await wordsStarting(term, NAME_SUFFIX_MARK),
      );
    }
    return parts.join(' AND ');
  }

  /**
   * The first `limit` people by name passing `where` among the first `atMost` (all with
   * null) of those `within`: their ids and names, and whether that is all of them there
   * (the walk found its page or read everyone within).
   */
  async function walk(
    where: RawBuilder<boolean>,
    limit: number,
    atMost: number | null,
    within: RawBuilder<unknown>,
  ): Promise<{ ids: Walked[]; complete: boolean }> {
    const first = atMost === null ? sql`` : sql`LIMIT ${atMost}`;
    const people = sql`SELECT person.id, person.sort_name, person.archived, person.search_name, person.search_words
      FROM person INDEXED BY person_owner_sort WHERE person.owner_id = ${ownerId} AND ${within}
      ORDER BY person.sort_name, person.id ${first}`;
    const found = await sql<Walked>`SELECT person.id, person.sort_name FROM (${people}) person
      WHERE ${where} LIMIT ${limit}`.execute(db);
    if (found.rows.length >= limit || atMost === null) return { ids: found.rows, complete: true };
    const read = await sql<{ n: number }>`SELECT count(*) AS n FROM (${people})`.execute(db);
    return { ids: found.rows, complete: Number(read.rows[0]?.n ?? 0) < atMost };
  }

  /** The sort names of people just read (their rows are in the page cache). */
  async function namesOf(ids: readonly string[]): Promise<Walked[]> {
    if (ids.length === 0) return [];
    const found = await sql<Walked>`SELECT person.id, person.sort_name FROM json_each(${JSON.stringify(ids)}) listed
      CROSS JOIN person ON person.owner_id = ${ownerId} AND person.id = listed.value`.execute(db);
    return found.rows;
  }

  /**
   * The people of these ids, in this order, each read by key (CROSS JOIN keeps the list
   * outside; else SQLite may walk the name index for an order, checking each person
   * against the list: a second at a million people).
   */
  async function inNameOrder(ids: readonly string[]): Promise<PersonRow[]> {
    if (ids.length === 0) return [];
    const found = await sql<PersonRow>`SELECT ${personColumnsSql} FROM json_each(${JSON.stringify(ids)}) listed
      CROSS JOIN person ON person.owner_id = ${ownerId} AND person.id = listed.value
      ORDER BY listed.key`.execute(db);
    return found.rows;
  }

  /**
   * A prefix for the word index as the words it holds that start with it, when there are
   * at most PREFIX_WORDS_AT_MOST (`("senior" OR "seniors")`): FTS5 merges every match of a
   * prefix before its first row (20 ms for "senior"* at a million people), but steps
   * through whole words together, skipping to the next rowid another term holds. Else
   * the prefix itself. The vocabulary spans every owner; another owner's words only add
   * words no one here holds.
   */
  async function wordsStarting(term: string, mark = ''): Promise<string> {
    const prefix = mark + term;
    // A start of one or two characters has a prefix list of its own (ADR 0040).
    if (!isPlainWord(term) || prefix.length < SHORT_TERM_BELOW) return `${ftsPhrase(prefix)}*`;
    const words = await sql<{ term: string }>`SELECT term FROM person_body_vocab
      WHERE term >= ${prefix} AND term < ${`${prefix}\u{10FFFF}`} LIMIT ${PREFIX_WORDS_AT_MOST + 1}`.execute(db);
    if (words.rows.length === 0 || words.rows.length > PREFIX_WORDS_AT_MOST) return `${ftsPhrase(prefix)}*`;
    return `(${words.rows.map((row) => ftsPhrase(row.term)).join(' OR ')})`;
  }

  /**
   * The first `limit` of the owner's people in an FTS rowid list (JSON) passing `where`, by
   * name: the list is put in name order on the search rowid index alone (it holds the name
   * key and the archived flag, migration 0036), then people are read in that order, a page
   * at a time, until `limit` pass. A tier's set holds few people besides its own, so the
   * rows read are about the page, not the set (ADR 0049).
   */
  async function readSorted(
    list: string,
    where: RawBuilder<boolean>,
    limit: number,
    search: PersonSearch,
  ): Promise<PersonRow[]> {
    const current = sql`AND ${archivedIs(search, sql`person.archived`)}`;
    const ordered = await sql<{ id: string }>`SELECT person.id FROM person INDEXED BY person_owner_search_rowid
      WHERE person.owner_id = ${ownerId} AND person.search_rowid IN (SELECT value FROM json_each(${list})) ${current}
      ORDER BY person.sort_name, person.id`.execute(db);
    const ids = ordered.rows.map((row) => row.id);
    const found: PersonRow[] = [];
    for (let start = 0; start < ids.length && found.length < limit; start += limit) {
      const page = ids.slice(start, start + limit);
      const rows = await sql<PersonRow>`SELECT ${personColumnsSql} FROM person
        WHERE person.owner_id = ${ownerId} AND person.id IN (SELECT value FROM json_each(${JSON.stringify(page)}))
        AND ${where}`.execute(db);
      const byId = new Map(rows.rows.map((row) => [row.id, row]));
      for (const id of page) {
        const row = byId.get(id);
        if (row && found.length < limit) found.push(row);
      }
    }
    return found;
  }

  /**
   * The first `limit` people of a tier by name, its check read on the name index alone
   * (migration 0029), among the first `people` by name (all with null); each page's full
   * rows are read last.
   */
  async function scan(where: RawBuilder<boolean>, limit: number, people: number | null): Promise<PersonRow[]> {
    const first = people === null ? sql`` : sql`LIMIT ${people}`;
    const found = await sql<PersonRow>`SELECT ${personColumnsSql} FROM (
        SELECT person.id, person.sort_name FROM (
          SELECT person.id, person.sort_name, person.archived, person.search_name, person.search_words
          FROM person INDEXED BY person_owner_sort WHERE person.owner_id = ${ownerId}
          ORDER BY person.sort_name, person.id ${first}
        ) person WHERE ${where} LIMIT ${limit}
      ) walked JOIN person ON person.owner_id = ${ownerId} AND person.id = walked.id
      ORDER BY walked.sort_name, walked.id`.execute(db);
    return found.rows;
  }

  /**
   * About how many people the owner has, read from the ends of the search rowid index:
   * FTS rowids are given out in order, so this counts the owner's deleted people and any
   * other owner's people written between theirs too.
   */
  async function ownerSize(): Promise<number> {
    const ends = await sql<{ people: number | null }>`SELECT
        (SELECT max(search_rowid) FROM person WHERE owner_id = ${ownerId})
        - (SELECT min(search_rowid) FROM person WHERE owner_id = ${ownerId}) + 1 AS people`.execute(db);
    return ends.rows[0]?.people ?? 0;
  }

  /**
   * One tier, by name: people in its set (FTS rowids) passing its check on the row.
   * - A set of at most SORT_AT_MOST people is read by rowid and sorted.
   * - A larger one is read in name order from the name index, checking each person, up to
   *   WALK_AT_MOST people: the matches are found after about limit × people ÷ matches.
   * - When the people read hold too few, the whole set is read and sorted.
   * The last tier (`common`) is read by commonTier.
   */
  async function sqliteTier(tier: Tier, search: PersonSearch, limit: number): Promise<PersonRow[]> {
    const where = sql<boolean>`${archivedIs(search, sql`person.archived`)} AND ${tier.onRow}`;
    if (search.archived === 'only') return archivedScan(where, limit);
    if (tier.common) return commonTier(tier, where, limit, search);
    const set = await tier.set();
    if (!set) return scan(where, limit, null);
    const sorted = sortedBy(where, limit, search);
    const readAll = async () => sorted(await setIds(set));
    const ids = await setIds(set, SORT_AT_MOST + 1);
    if (ids.length <= SORT_AT_MOST) return sorted(ids);
    const walked = await scan(where, limit, WALK_AT_MOST);
    return walked.length >= limit ? walked : readAll();
  }

  /**
   * A tier among archived people alone, in name order through their own index (migration
   * 0043; `where` holds its `archived = 1`): they are few, each checked on their row,
   * where the tier's set or the walk through everyone would read past the rest.
   */
  async function archivedScan(where: RawBuilder<boolean>, limit: number): Promise<PersonRow[]> {
    const found = await sql<PersonRow>`SELECT ${personColumnsSql} FROM person INDEXED BY person_owner_archived_sort
      WHERE person.owner_id = ${ownerId} AND ${where}
      ORDER BY person.sort_name, person.id LIMIT ${limit}`.execute(db);
    return found.rows;
  }

  /** A tier's set: its FTS rowids, the first `atMost` of them (all with null). */
  async function setIds(set: RawBuilder<unknown>, atMost: number | null = null): Promise<{ fts_id: number }[]> {
    const first = atMost === null ? sql`` : sql`LIMIT ${atMost}`;
    return (await sql<{ fts_id: number }>`SELECT fts_id FROM (${set}) ${first}`.execute(db)).rows;
  }

  /** The people of a list of FTS rowids passing `where`, the first `limit` by name. */
  function sortedBy(where: RawBuilder<boolean>, limit: number, search: PersonSearch) {
    return async (ids: readonly { fts_id: number }[]): Promise<PersonRow[]> =>
      ids.length === 0 ? [] : readSorted(JSON.stringify(ids.map((row) => row.fts_id)), where, limit, search);
  }

  /**
   * The last tier, whose terms are often common outside the name ("senior", a topic): its
   * page is first looked for among the first SCAN_PROBE people by name. When fewer match
   * there, their rate says whether the set is likely small enough to sort, where the walk
   * to its page would cost more (about √(limit × people ÷ SORT_COSTS_WALKS)); then the set,
   * one question to the word index, is counted and sorted (ADR 0049). Else the page is
   * looked for among the first SCAN_SAMPLE people by name (one in SCAN_SHARE of a larger
   * network), when the first tenth of that hold matches at a rate that would fill it there
   * (ADRs 0043, 0045); and when the people read hold too few, the whole set is read and
   * sorted.
   */
  async function commonTier(
    tier: Tier,
    where: RawBuilder<boolean>,
    limit: number,
    search: PersonSearch,
  ): Promise<PersonRow[]> {
    const size = await ownerSize();
    const glimpsed = await scan(where, limit, SCAN_PROBE);
    if (glimpsed.length >= limit) return glimpsed;
    // The set is asked for only when it is read (asking looks up the terms' words).
    let asked: Promise<RawBuilder<unknown> | null> | undefined;
    const set = () => {
      asked ??= tier.set();
      return asked;
    };
    const sorted = sortedBy(where, limit, search);
    const readAll = async () => {
      const rows = await set();
      if (!rows) return scan(where, limit, null);
      return sorted(await setIds(rows));
    };
    const sortAtMost = Math.round(Math.sqrt((limit * size) / SORT_COSTS_WALKS));
    const rows = (glimpsed.length * size) / SCAN_PROBE <= sortAtMost * LIKELY_OFF_BY ? await set() : null;
    if (rows) {
      const ids = await setIds(rows, sortAtMost + 1);
      if (ids.length <= sortAtMost) return sorted(ids);
    }
    // The probe's rate of matches says whether the sample would fill the page.
    const sample = Math.max(SCAN_SAMPLE, Math.round(size / SCAN_SHARE));
    const probe = Math.max(SCAN_PROBE, Math.round(sample / 10));
    const probed = probe === SCAN_PROBE ? glimpsed : await scan(where, limit, probe);
    if (probed.length >= limit) return probed;
    if (probed.length * (sample / probe) < limit) return readAll();
    const first = await scan(where, limit, sample);
    return first.length >= limit ? first : readAll();
  }

  return searchSqlite;
}
