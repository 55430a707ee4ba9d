/**
 * Give first's questions to the people's word index on PostgreSQL: `person_word`, a
 * B-tree of each person's lexemes (migration 0026, ADR 0037), read by key range and
 * stopped after a few hundred rows. The tsvector's GIN index, asked the same questions,
 * gathered every match of a common prefix before LIMIT applied, so its cost grew with
 * the network.
 */
import { type Kysely, sql } from 'kysely';
import type { IndexWord } from '../../core/matching/retrieval.js';
import type { Database } from '../schema.js';
import { tsWord } from './people-search-text.js';

/** The keys of person_word holding a question's word: `lo <= word < hi`, bytewise (`COLLATE "C"`). */
export type WordRange = { lo: string; hi: string };

/**
 * A whole word is the one key `text` ([text, text + U+0001): nothing sorts between them,
 * as text never holds U+0000); a prefix is every key from it up to the string after
 * all that start with it: its last code point plus one (UTF-8 sorts bytewise as code
 * points do). Undefined for a prefix with no such string (only U+10FFFF at its end, all
 * the way): asked of the tsvector instead.
 */
export function wordRange(word: IndexWord): WordRange | undefined {
  if (!word.prefix) return { lo: word.text, hi: `${word.text}\u0001` };
  const points = [...word.text];
  while (points.length > 0) {
    const last = points.pop()?.codePointAt(0) ?? 0;
    if (last < 0x10ffff) {
      // Surrogates are not characters: the code point after U+D7FF in a string is U+E000.
      const next = last + 1 === 0xd800 ? 0xe000 : last + 1;
      return { lo: word.text, hi: `${points.join('')}${String.fromCodePoint(next)}` };
    }
  }
  return undefined;
}

/**
 * The word a question is read by: a whole word before a prefix, then the longest, as
 * the likeliest to be rare; the question's other words are checked on each person found.
 */
function leadingWord(words: readonly IndexWord[]): IndexWord | undefined {
  return [...words].sort(
    (a, b) => Number(a.prefix) - Number(b.prefix) || b.text.length - a.text.length || (a.text < b.text ? -1 : 1),
  )[0];
}

/** A question as the tsquery the tsvector answers: all its words, prefixes marked. */
function tsQuery(words: readonly IndexWord[]): string {
  return words.map((word) => `${tsWord(word.text)}${word.prefix ? ':*' : ''}`).join(' & ');
}

export function postgresIndexWords(db: Kysely<Database>, ownerId: string) {
  /**
   * Each question's first rows of its leading word's key range (at most `rows`), and for
   * a question of several words whether the person has them all (their tsvector, by the
   * person's key: a heap visit per row read, but only `rows` of them). One round trip.
   */
  async function readRanges(
    asked: readonly { range: WordRange; expression: string | null }[],
    rows: number,
  ): Promise<{ n: string; person_id: string; hit: boolean }[]> {
    const found = await sql<{ n: string; person_id: string; hit: boolean }>`SELECT q.n, d.person_id,
        (q.expression IS NULL OR EXISTS (SELECT 1 FROM person_search s
          WHERE s.owner_id = ${ownerId} AND s.person_id = d.person_id
            AND s.tsv @@ to_tsquery('simple', q.expression))) AS hit
      FROM unnest(${asked.map((q) => q.range.lo)}::text[], ${asked.map((q) => q.range.hi)}::text[],
        ${asked.map((q) => q.expression)}::text[]) WITH ORDINALITY AS q (lo, hi, expression, n)
      CROSS JOIN LATERAL (
        SELECT w.person_id FROM person_word w
        WHERE w.owner_id = ${ownerId} AND w.word >= q.lo COLLATE "C" AND w.word < q.hi COLLATE "C"
        ORDER BY w.word, w.person_id
        LIMIT ${rows}) d`.execute(db);
    return found.rows;
  }

  /** The tsvector's GIN index, as before person_word: for the rare question the ranges cannot settle. */
  async function askTsvector(expressions: readonly string[], cap: number): Promise<string[][]> {
    const found = await sql<{ n: string; person_id: string }>`SELECT q.n, m.person_id
      FROM unnest(${expressions}::text[]) WITH ORDINALITY AS q (expression, n)
      CROSS JOIN LATERAL (
        SELECT s.person_id FROM person_search s
        WHERE s.owner_id = ${ownerId} AND s.tsv @@ to_tsquery('simple', q.expression)
        LIMIT ${cap + 1}) m`.execute(db);
    const keys: string[][] = expressions.map(() => []);
    for (const row of found.rows) keys[Number(row.n) - 1]?.push(row.person_id);
    return keys;
  }

  /**
   * For each question, up to `cap + 1` people with all its words. A range read short of
   * its row limit is all of the question's matches; one that reached the limit still
   * settles the question when it found more than `cap` people. Otherwise (a prefix many
   * people match by several words, or words seldom together) the question is asked of
   * the tsvector, as before.
   */
  return async function findByIndexWords(
    queries: readonly (readonly IndexWord[])[],
    cap: number,
  ): Promise<(readonly string[])[]> {
    // A prefix lists a person once per word of theirs it begins: room for some repeats.
    const rows = 2 * (cap + 1);
    const keys: (readonly string[] | undefined)[] = queries.map(() => undefined);
    const asked: { index: number; range: WordRange; expression: string | null }[] = [];
    for (const [index, words] of queries.entries()) {
      const leading = leadingWord(words);
      const range = leading && wordRange(leading);
      if (range) asked.push({ index, range, expression: words.length > 1 ? tsQuery(words) : null });
    }
    if (asked.length > 0) {
      const read = asked.map(() => 0);
      const people = asked.map(() => new Set<string>());
      for (const row of await readRanges(asked, rows)) {
        const at = Number(row.n) - 1;
        read[at] = (read[at] ?? 0) + 1;
        if (row.hit) people[at]?.add(row.person_id);
      }
      for (const [at, question] of asked.entries()) {
        const found = people[at] ?? new Set<string>();
        if ((read[at] ?? 0) < rows || found.size > cap) keys[question.index] = [...found];
      }
    }
    const unsettled = queries.flatMap((words, index) => (keys[index] ? [] : [{ index, words }]));
    if (unsettled.length > 0) {
      const answers = await askTsvector(
        unsettled.map((question) => tsQuery(question.words)),
        cap,
      );
      for (const [at, question] of unsettled.entries()) keys[question.index] = answers[at] ?? [];
    }
    return keys.map((found) => found ?? []);
  };
}
