/**
 * Give first's questions to the people's word index on PostgreSQL: `person_word`, a
 * B-tree of each person's lexemes (migration 0026, ADR 0037), read by key range and
 * stopped after a few hundred rows. The tsvector's GIN index, asked the same questions,
 * gathered every match of a common prefix before LIMIT applied, so its cost grew with
 * the network.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { IndexWord } from '../../core/matching/retrieval.js';
import type { Database } from '../schema.js';
import { followingPrefix, tsWord } from './people-search-text.js';

/** The keys of person_word holding a question's word: `lo <= word < hi`, bytewise (`COLLATE "C"`). */
export type WordRange = { lo: string; hi: string };

/**
 * A whole word is the one key `text` ([text, text + U+0001): nothing sorts between them,
 * as text never holds U+0000); a prefix is every key from it up to the string after
 * all that start with it (followingPrefix). Undefined for a prefix with no such string:
 * asked of the tsvector instead.
 */
export function wordRange(word: IndexWord): WordRange | undefined {
  if (!word.prefix) return { lo: word.text, hi: `${word.text}\u0001` };
  const hi = followingPrefix(word.text);
  return hi === undefined ? undefined : { lo: word.text, hi };
}

/** A question as the tsquery the tsvector answers: all its words, prefixes marked. */
function tsQuery(words: readonly IndexWord[]): string {
  return words.map((word) => `${tsWord(word.text)}${word.prefix ? ':*' : ''}`).join(' & ');
}

/** Rows a one-word question reads: a prefix lists a person once per word of theirs it begins. */
export function rangeRows(cap: number): number {
  return 2 * (cap + 1);
}

/**
 * The first rows (at most `rows`) of each key range of this owner's person_word, in key
 * order: index-only range scans that stop at the limit. One row per range (numbered from
 * 1): how many rows it read, and the distinct people among them, space-separated (a
 * string is far cheaper for the driver to read than hundreds of rows).
 */
export function rangeRowsQuery(
  ownerId: string,
  ranges: readonly WordRange[],
  rows: number,
): RawBuilder<{ n: string; read: string; ids: string | null }> {
  return sql<{ n: string; read: string; ids: string | null }>`SELECT q.n, r.read, r.ids
    FROM unnest(${ranges.map((range) => range.lo)}::text[], ${ranges.map((range) => range.hi)}::text[])
      WITH ORDINALITY AS q (lo, hi, n)
    CROSS JOIN LATERAL (
      SELECT count(*) AS read, string_agg(DISTINCT w.person_id, ' ') AS ids
      FROM (
        SELECT w.person_id FROM person_word w
        WHERE w.owner_id = ${ownerId} AND w.word >= q.lo COLLATE "C" AND w.word < q.hi COLLATE "C"
        ORDER BY w.word, w.person_id
        LIMIT ${rows}) w) r`;
}

export function postgresIndexWords(db: Kysely<Database>, ownerId: string) {
  /** Each range's rows read and the distinct people among them: one round trip. */
  async function readRanges(ranges: readonly WordRange[], rows: number): Promise<{ read: number; people: string[] }[]> {
    const found = await rangeRowsQuery(ownerId, ranges, rows).execute(db);
    const answers = ranges.map(() => ({ read: 0, people: [] as string[] }));
    for (const row of found.rows) {
      answers[Number(row.n) - 1] = { read: Number(row.read), people: row.ids ? row.ids.split(' ') : [] };
    }
    return answers;
  }

  /** The tsvector's GIN index, up to `cap + 1` matches of each question: one round trip. */
  async function askTsvector(questions: readonly (readonly IndexWord[])[], cap: number): Promise<string[][]> {
    const found = await sql<{ n: string; person_id: string }>`SELECT q.n, m.person_id
      FROM unnest(${questions.map(tsQuery)}::text[]) WITH ORDINALITY AS q (expression, n)
      CROSS JOIN LATERAL (
        SELECT s.person_id FROM person_search s
        WHERE s.owner_id = ${ownerId} AND s.tsv @@ to_tsquery('simple', q.expression)
        LIMIT ${cap + 1}) m`.execute(db);
    const keys: string[][] = questions.map(() => []);
    for (const row of found.rows) keys[Number(row.n) - 1]?.push(row.person_id);
    return keys;
  }

  /**
   * For each question, its matches: all of them, or more than `cap`. A question of one
   * word reads that word's key range, at most twice the cap in rows (a prefix lists a
   * person once per word of theirs it begins); rows that ran out before the limit are
   * all its matches, and rows that reached it settle the question if they name more than
   * `cap` people. The rest ask the tsvector's GIN index, as before person_word: a
   * question of several words (a concept's name, "supply chain"), whose posting lists
   * the GIN index intersects faster than a range checked person by person (measured,
   * ADR 0037), and the rare prefix whose rows repeat too many people.
   */
  return async function findByIndexWords(
    queries: readonly (readonly IndexWord[])[],
    cap: number,
  ): Promise<(readonly string[])[]> {
    const rows = rangeRows(cap);
    const keys: (readonly string[] | undefined)[] = queries.map(() => undefined);
    const ranged: { index: number; range: WordRange }[] = [];
    for (const [index, words] of queries.entries()) {
      const range = words.length === 1 && words[0] ? wordRange(words[0]) : undefined;
      if (range) ranged.push({ index, range });
    }
    const settle = async (indexes: readonly number[]) => {
      if (indexes.length === 0) return;
      const answers = await askTsvector(
        indexes.map((index) => queries[index] ?? []),
        cap,
      );
      for (const [at, index] of indexes.entries()) keys[index] = answers[at] ?? [];
    };
    const byRange = new Set(ranged.map((question) => question.index));
    // Both kinds at once: on a pool they run side by side, in a transaction one after the other.
    const [fromRanges] = await Promise.all([
      ranged.length > 0
        ? readRanges(
            ranged.map((question) => question.range),
            rows,
          )
        : [],
      settle(queries.flatMap((_, index) => (byRange.has(index) ? [] : [index]))),
    ]);
    const unsettled: number[] = [];
    for (const [at, question] of ranged.entries()) {
      const { read, people } = fromRanges[at] ?? { read: 0, people: [] };
      if (read < rows || people.length > cap) keys[question.index] = people;
      else unsettled.push(question.index);
    }
    await settle(unsettled);
    return keys.map((found) => found ?? []);
  };
}
