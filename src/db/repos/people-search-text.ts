/** How search terms and labels become FTS5 and tsquery expressions, and what the indexes hold. */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { PersonSearch } from '../../core/people/repo.js';
import type { Person, PersonFilter } from '../../core/people/schema.js';
import type { SearchDocument } from '../../core/people/search-document.js';
import {
  indexWords,
  NAME_START_AT_MOST,
  NAME_START_MARK,
  nameMarks,
  SHORT_TERM_BELOW,
  scanWords,
  wordIndexText,
} from '../../core/people/search-words.js';
import { valueKey } from '../../core/people/value-keys.js';
import type { Dialect } from '../connect.js';
import type { Database } from '../schema.js';
import { type PersonRow, personColumnsSql } from './people-rows.js';

/** Search tiers with more matches than this are read in name order instead of sorted. */
export const SORT_AT_MOST = 1000;

/**
 * How many people a walk in name order reads before giving up on a tier whose matches are
 * not spread through the names: names sort by given name, so the people whose given name
 * starts "ta" all sort near the end, and a walk from "a" read 850,000 of a million people
 * to reach them. Past this, the tier's matches are read and sorted instead.
 */
export const WALK_AT_MOST = 20_000;

/**
 * How many people, first by name, the last search tier reads for its page before reading
 * its set instead: a page found there needs matches in one person of a hundred, as common
 * words outside the name have ("senior", a topic), whose sets cost the most (ADR 0043).
 */
export const SCAN_SAMPLE = 2_000;

/**
 * The people read first: a page the sample would not fill at their rate of matches is not
 * looked for there, so a rare term costs a read of 500 people, not 2,000, before its set.
 */
export const SCAN_PROBE = 500;

/**
 * In a large network the last tier's sample is one person in this many, the probe a tenth
 * of it: at a million people its set cost 50–190 ms, as long as a walk of 50,000–190,000
 * people on the name index, so a page a fiftieth of the way in is cheaper walked to, and a
 * walk that falls short (paid on top of the set) costs at most a third of the set.
 */
export const SCAN_SHARE = 20;

/**
 * Putting one person of the last tier's set in name order (reading their FTS rowid and
 * their key on the search rowid index) costs about as much as walking this many people in
 * name order. The walk finds a page of `limit` after about limit × people ÷ set people, so
 * the set is sorted when it holds at most √(limit × people ÷ this): 2,600 of a million
 * people for a page of 20, 800 of 100,000 (ADR 0049).
 */
export const SORT_COSTS_WALKS = 3;

/**
 * The same for search's first tier on SQLite (ADR 0059), as measured there at a million
 * people: its walks read the name index alone, about 0.25 µs a person (7,746 people in
 * 1.9 ms), where putting a set of later words in name order cost about 5 µs a person
 * (2,000 in 10.3 ms, warm). So its walks go on to √(limit × people × this) people (20,000
 * at a million for a page of 20) and its sets are sorted up to √(limit × people ÷ this) (1,000).
 */
export const FIRST_TIER_SORT_COSTS_WALKS = 20;

/**
 * The last tier's set is counted (up to what would be sorted) unless the rate of matches
 * among its first SCAN_PROBE people says it holds more than this many times that: a rate
 * read from 500 people is rough (none or one match among them is a set of 0 or 2,000 at a
 * million people), and counting a set that proves too large costs a few milliseconds.
 */
export const LIKELY_OFF_BY = 2;

/**
 * A prefix matching more words of the word index than this is asked for as a prefix (its
 * matches merged by FTS5), not as its words (ADR 0049).
 */
export const PREFIX_WORDS_AT_MOST = 40;

/**
 * Whether a term may be asked as the words of the word index it starts: only a term of
 * ASCII letters and digits is one token as it is, both in FTS5 (whose tokenizer folds some
 * other characters its own way) and in to_tsquery, so its words are the ones it starts.
 */
export function isPlainWord(term: string): boolean {
  return /^[a-z0-9]+$/.test(term);
}

/**
 * A name start range with more people than this is not walked for a longer first term:
 * the trigrams narrow it better. A walk checks the range's own rows (migration 0032), a
 * fraction of a microsecond each, so even a common start's range ("mari" holds 7,000 of a
 * million people) costs less than the trigrams and a walk of the name index.
 */
export const NAME_START_WALK_AT_MOST = 50_000;

/** A search's choice of archived people as a condition on a row's `archived` flag (literals, so plans stay as they were). */
export function archivedIs(search: Pick<PersonSearch, 'archived'>, flag: RawBuilder<unknown>): RawBuilder<boolean> {
  if (search.archived === 'include') return sql<boolean>`TRUE`;
  return sql<boolean>`${flag} = ${sql.lit(search.archived === 'only' ? 1 : 0)}`;
}

/** Name-start ranges are first counted up to this many people (see nameStartTier). */
const RANGE_COUNT_FIRST = 1_000;

/**
 * PostgreSQL's first tier (every term in the name, the first starting a word of it; SQLite
 * reads its own, ADR 0059) from person_name_start, the range of the first term's first
 * four characters (of the smallest range when every term is such a start and the rest are
 * short), in name order:
 * each person in it is checked for the whole first term at a word start and the other
 * terms in the name (inNameText), and reading stops at the limit. Used when the first term
 * is a whole start and no other term has three characters (a range then holds the whole tier),
 * or when the range holds at most NAME_START_WALK_AT_MOST people; else null, and the
 * tier is read from the name trigrams. Null for archived people alone too: they are read
 * apart (migration 0043), where a range would be read to its end to find them.
 */
export async function nameStartTier(
  db: Kysely<Database>,
  ownerId: string,
  terms: readonly string[],
  search: PersonSearch,
  limit: number,
): Promise<PersonRow[] | null> {
  const [first, ...rest] = terms;
  if (first === undefined || search.archived === 'only') return null;
  const characters = Array.from(first);
  const wholeStart = characters.length <= NAME_START_AT_MOST && rest.every((term) => term.length < SHORT_TERM_BELOW);
  /** The range's size, counted up to `atMost + 1`: past that only "larger" matters. */
  const rangeSize = async (start: string, atMost: number) => {
    const range = await sql<{ n: number | string }>`SELECT count(*) AS n FROM (SELECT 1 FROM person_name_start
      WHERE owner_id = ${ownerId} AND start = ${start} LIMIT ${atMost + 1}) range_rows`.execute(db);
    return Number(range.rows[0]?.n ?? 0);
  };
  let start = characters.slice(0, NAME_START_AT_MOST).join('');
  if (!wholeStart) {
    if ((await rangeSize(start, NAME_START_WALK_AT_MOST)) > NAME_START_WALK_AT_MOST) return null;
  } else if (rest.length > 0) {
    // Every term then starts a word of the name, so the smallest of their ranges holds
    // the tier ("s&op": the people with a word starting "op", not every S; the first
    // smallest wins a tie). The ranges are counted up to a bound that grows until one is
    // within it, and a range past the smallest so far is not counted further: counting
    // the range of "a" or "s" to 50,000 took 300-1,000 ms at 100,000 people.
    for (let bound = RANGE_COUNT_FIRST; ; bound = Math.min(bound * 8, NAME_START_WALK_AT_MOST)) {
      let smallest = await rangeSize(first, bound);
      start = first;
      for (const term of rest) {
        const size = await rangeSize(term, Math.min(smallest, bound));
        if (size < smallest) [start, smallest] = [term, size];
      }
      if (smallest <= bound || bound === NAME_START_WALK_AT_MOST) break;
    }
  }
  // Each row of the range holds the person's name (migration 0032): the walk checks its own
  // rows, which lie together, and reads a person only when their name matches.
  const name = sql<string>`start.search_name`;
  const inName = sql.join(
    [startsNameWord('postgres', name, first), ...rest.map((term) => inNameText('postgres', name, term))],
    sql` AND `,
  );
  const current = sql`AND ${archivedIs(search, sql`person.archived`)}`;
  const range = sql`start.owner_id = ${ownerId} AND start.start = ${start} AND ${inName}`;
  const order = sql`ORDER BY start.sort_name, start.person_id LIMIT ${limit}`;
  // PostgreSQL may join a small range to all the owner's people and sort: a subquery
  // with OFFSET 0 is never flattened, so it reads each person of the range in order.
  const found = await sql<PersonRow>`SELECT ${personColumnsSql} FROM person_name_start start
    CROSS JOIN LATERAL (SELECT ${personColumnsSql} FROM person
      WHERE person.owner_id = start.owner_id AND person.id = start.person_id ${current} OFFSET 0) person
    WHERE ${range} ${order}`.execute(db);
  return found.rows;
}

/**
 * The least text after every text starting with `prefix`, so `prefix <= text < this` is
 * every text starting with it: its last code point plus one (UTF-8 sorts bytewise as code
 * points do, in SQLite and in PostgreSQL's "C" collation). Undefined for a prefix with no
 * such text (only U+10FFFF at its end, all the way).
 */
export function followingPrefix(prefix: string): string | undefined {
  const points = [...prefix];
  while (points.length > 0) {
    const last = points.pop()?.codePointAt(0) ?? 0;
    if (last < 0x10ffff) {
      // Surrogates are not characters: the code point after U+D7FF in a string is U+E000.
      const next = last + 1 === 0xd800 ? 0xe000 : last + 1;
      return `${points.join('')}${String.fromCodePoint(next)}`;
    }
  }
  return undefined;
}

/**
 * A term as a tsquery matching it at the start of a word, punctuation read as a word
 * break as in the indexed text: "john.sm" → 'john' <-> 'sm':*.
 */
export function tsPrefixQuery(term: string): string {
  return `${indexWords(term).map(tsWord).join(' <-> ')}:*`;
}

/** Quotes a word for a tsquery. */
export function tsWord(word: string): string {
  return `'${word.replace(/'/g, "''")}'`;
}

/** Quotes a term for an FTS5 MATCH expression. */
export function ftsPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/**
 * The name column of person_name_fts starts with a space, so a phrase starting with a
 * space (`" ada"`) matches only where a word of the name starts: the first ranking tier.
 */
export function ftsNameText(nameText: string): string {
  return ` ${nameText}`;
}

/**
 * The rest, the company as word suffixes (a word prefix there is a substring of the
 * company), and the marked starts of the name's words, for terms under three characters:
 * the person's search words, which their row keeps too, so a check on the row answers
 * exactly as the word index does (ADR 0043); then the marked suffixes of the name's words,
 * for the last search tier (ADR 0049), and its marked later words, for the first (ADR 0059).
 */
export function ftsBodyText(document: SearchDocument, sortName: string): string {
  return wordIndexText(scanWords(document), nameMarks(document.nameText, sortName));
}

/**
 * A term under three characters for the word index: a word starting with it, or a word of
 * the name starting with it (marked), each one list of the index ("ma" → "ma"* OR "\uE000ma").
 */
export function ftsShortTerm(term: string): string {
  return `(${ftsPhrase(term)}* OR ${ftsPhrase(NAME_START_MARK + term)})`;
}

/**
 * SQL: the term is in the person's name (`nameText`: the folded name, words separated by
 * spaces): anywhere, or only where a word starts if it is shorter than three characters.
 */
export function inNameText(dialect: Dialect, nameText: RawBuilder<string>, term: string): RawBuilder<boolean> {
  return term.length < SHORT_TERM_BELOW ? startsNameWord(dialect, nameText, term) : contains(dialect, nameText, term);
}

/** SQL: a word of the name starts with the term. */
export function startsNameWord(dialect: Dialect, nameText: RawBuilder<string>, term: string): RawBuilder<boolean> {
  return contains(dialect, sql<string>`' ' || ${nameText}`, ` ${term}`);
}

/**
 * SQL: `text` holds `part` anywhere. Any characters: PostgreSQL's `strpos` reads no
 * pattern (a list filter's own text may hold `%` or `_`).
 */
export function holdsText(dialect: Dialect, text: RawBuilder<string>, part: RawBuilder<string>): RawBuilder<boolean> {
  return dialect === 'sqlite' ? sql<boolean>`instr(${text}, ${part}) > 0` : sql<boolean>`strpos(${text}, ${part}) > 0`;
}

/**
 * LIKE on PostgreSQL, which its trigram index on names can answer; a term never holds
 * `%`, `_` or a backslash (searchTerms splits on them).
 */
function contains(dialect: Dialect, text: RawBuilder<string>, part: string): RawBuilder<boolean> {
  return dialect === 'sqlite' ? sql<boolean>`instr(${text}, ${part}) > 0` : sql<boolean>`${text} LIKE ${`%${part}%`}`;
}

/** A tag or topic a list is narrowed to: its key, and the words the search text holds it as. */
export type LabelFilter = { kind: 'tag' | 'topic'; key: string; words: string[] };

export function labelFilters(filter: PersonFilter): LabelFilter[] {
  return (['tag', 'topic'] as const).flatMap((kind) => {
    const value = filter[kind];
    if (!value) return [];
    const key = valueKey(kind, value);
    return [{ kind, key, words: indexWords(key) }];
  });
}

export function hasLabel(person: Person, label: LabelFilter): boolean {
  const values = label.kind === 'tag' ? person.tags : person.topics;
  return values.some((value) => valueKey(label.kind, value) === label.key);
}

/**
 * SQL: people whose search text holds every word of the label (the word index on
 * SQLite, the tsvector on PostgreSQL). Tags and topics are in the search text, so this
 * narrows a tag or topic filter to a few candidates, checked on the person.
 */
export function holdsWords(dialect: Dialect, label: LabelFilter): RawBuilder<boolean> {
  if (dialect === 'sqlite') {
    return sql<boolean>`person.search_rowid IN (SELECT rowid FROM person_body_fts
      WHERE person_body_fts MATCH ${label.words.map(ftsPhrase).join(' AND ')})`;
  }
  const query = label.words.map(tsWord).join(' & ');
  return sql<boolean>`EXISTS (SELECT 1 FROM person_search s
    WHERE s.owner_id = person.owner_id AND s.person_id = person.id AND s.tsv @@ to_tsquery('simple', ${query}))`;
}
