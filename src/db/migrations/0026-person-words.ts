import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Give first's word index on PostgreSQL as a B-tree that can stop early (issue 13,
 * ADR 0037). `person_word` holds one row per lexeme of a person's `person_search.tsv`
 * (exactly what the tsvector holds, so retrieval answers the same questions): a whole
 * word is one key range, a prefix the range of keys starting with it, both read in key
 * order and stopped after a few hundred rows, where the GIN index gathered every match
 * of a common prefix before LIMIT applied. `word` sorts bytewise (`COLLATE "C"`), the
 * order in which a tsquery compares a prefix.
 *
 * Triggers on `person_search` keep it in step, so every writer (create, update, merge,
 * import, restore, delete and its cascades) stays right without knowing it exists; it is
 * derived data, never backed up. Inserts are handled per statement (a bulk insert of
 * 1,000 people adds their words in one statement); deletes and updates per row, by the
 * primary key. SQLite keeps FTS5, which already stops early: nothing to do there.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') return;
  await sql`CREATE TABLE person_word (
    owner_id text NOT NULL,
    word text COLLATE "C" NOT NULL,
    person_id text NOT NULL
  )`.execute(db);
  // Filled before its key exists: one sort builds the index, instead of a row at a time.
  await sql`INSERT INTO person_word (owner_id, word, person_id)
    SELECT s.owner_id, w.word, s.person_id
    FROM person_search s CROSS JOIN LATERAL unnest(tsvector_to_array(s.tsv)) AS w (word)`.execute(db);
  await sql`ALTER TABLE person_word ADD CONSTRAINT person_word_pk PRIMARY KEY (owner_id, word, person_id)`.execute(db);

  await definePersonWordFunctions(db, sql`true`);
  await createPersonWordTriggers(db);
  await sql`ANALYZE person_word`.execute(db);
}

/** The triggers on person_search that call them; migration 0041 creates them again on the table it rebuilds. */
export async function createPersonWordTriggers(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TRIGGER person_word_added AFTER INSERT ON person_search
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION person_word_added()`.execute(db);
  await sql`CREATE TRIGGER person_word_changed AFTER UPDATE OR DELETE ON person_search
    FOR EACH ROW EXECUTE FUNCTION person_word_changed()`.execute(db);
}

/**
 * The trigger functions that keep person_word in step with person_search, adding the
 * tsvector's words for which `kept` (over `w.word`) holds. They resolve person_word in the
 * schema they were created in (the search path of the migration), whatever search path
 * the writing session has. Migration 0039 defines them again, leaving out name marks.
 */
export async function definePersonWordFunctions(db: Kysely<unknown>, kept: RawBuilder<boolean>): Promise<void> {
  await sql`CREATE OR REPLACE FUNCTION person_word_added() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
    BEGIN
      INSERT INTO person_word (owner_id, word, person_id)
        SELECT n.owner_id, w.word, n.person_id
        FROM added n CROSS JOIN LATERAL unnest(tsvector_to_array(n.tsv)) AS w (word)
        WHERE ${kept};
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE OR REPLACE FUNCTION person_word_changed() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
    BEGIN
      IF TG_OP <> 'INSERT' THEN
        DELETE FROM person_word
          WHERE owner_id = OLD.owner_id AND word = ANY (tsvector_to_array(OLD.tsv)) AND person_id = OLD.person_id;
      END IF;
      IF TG_OP = 'UPDATE' THEN
        INSERT INTO person_word (owner_id, word, person_id)
          SELECT NEW.owner_id, w.word, NEW.person_id FROM unnest(tsvector_to_array(NEW.tsv)) AS w (word)
          WHERE ${kept};
      END IF;
      RETURN NULL;
    END $$`.execute(db);
}
