import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../connect.js';
import { definePersonWordFunctions } from './0026-person-words.js';

/**
 * Issue 17: PostgreSQL's tsvector also holds marks of each person's name words, as SQLite's
 * word index does since migration 0036 (ADR 0052): `\uE000` before the first one and two
 * characters of each word ("\uE000ad"), `\uE001` before each suffix of three characters or
 * more ("\uE001lace"). A term is then in the name exactly when the tsvector holds a mark
 * starting with it, so search's last tier asks GIN one tsquery for all its terms, and GIN
 * steps through a common word's list along a rare one's; a condition on the name trigrams
 * beside it (`name_text LIKE … OR tsv @@ …`) made PostgreSQL build a bitmap of every
 * holder of the common word first ("senior": 135,000 of a million people, 700-800 ms).
 *
 * The marks are made by `person_name_marks` from `name_text` (its words split at spaces, as
 * search's LIKE reads them), so every writer keeps them right without knowing of them.
 * person_word (give first's vocabulary, ADR 0037) holds the tsvector's words, not its
 * marks: its triggers leave them out. The key of person_name_start also holds the name, so
 * search walks a name start's range on the index alone.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`CREATE FUNCTION person_name_marks(name_text text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT array_to_tsvector(coalesce(array_agg(DISTINCT mark), '{}'))
      FROM unnest(string_to_array(name_text, ' ')) AS word
      CROSS JOIN LATERAL (
        SELECT chr(57344) || left(word, n) FROM generate_series(1, least(length(word), 2)) AS n
        UNION ALL
        SELECT chr(57345) || substr(word, n) FROM generate_series(1, length(word) - 2) AS n
      ) AS marks (mark)
    $$`.execute(db);
  await definePersonWordFunctions(
    db,
    sql<boolean>`NOT starts_with(w.word, chr(57344)) AND NOT starts_with(w.word, chr(57345))`,
  );
  await sql`DROP INDEX person_search_tsv`.execute(db);
  await sql`ALTER TABLE person_search DROP COLUMN tsv`.execute(db);
  await sql`ALTER TABLE person_search ADD COLUMN tsv ${personSearchTsv}`.execute(db);
  await sql`CREATE INDEX person_search_tsv ON person_search USING gin (tsv)`.execute(db);
  await sql`ANALYZE person_search`.execute(db);
  // Search walks a name start's range checking each row's name (migration 0032): with the
  // name in the key's index, an index-only walk, where a read of each row's page took
  // 530 ms for the 6,159 people of "lang" at a million people.
  await sql`ALTER TABLE person_name_start DROP CONSTRAINT person_name_start_pk,
    ADD CONSTRAINT person_name_start_pk PRIMARY KEY (owner_id, start, sort_name, person_id) INCLUDE (search_name)`.execute(
    db,
  );
}

/** The tsvector column's type and expression; migration 0041 declares it again on the table it rebuilds. */
export const personSearchTsv = sql`tsvector GENERATED ALWAYS AS
  (to_tsvector('simple', regexp_replace(body_text || ' ' || company_words, '[^[:alnum:]]+', ' ', 'g'))
    || person_name_marks(name_text)) STORED`;
