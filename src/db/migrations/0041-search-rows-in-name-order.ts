import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../connect.js';
import { createPersonWordTriggers } from './0026-person-words.js';
import { personSearchTsv } from './0039-name-marks-in-tsvector.js';

/**
 * Issue 17: PostgreSQL's search rows hold the person's name key and whether they are
 * archived, with an index in name order (ADR 0054). Search then walks people in name
 * order on `person_search` alone, one row a person where it read the person's row and then
 * their search row, and puts a tier's set in name order from the rows GIN's matches are
 * read from, reading only the page's people: a set of 2,824 ("trom senior", a million
 * people) read 2,824 people's rows to sort them.
 *
 * Triggers copy them, so every writer keeps them right without knowing of them, as the
 * tsvector's name marks are kept (migration 0039): a search row takes its person's when it
 * is written (a person's row is always written first), and a change to a person's name
 * key or archiving reaches their search row.
 *
 * The table is built anew, its rows copied with their people's keys: adding the columns
 * and updating every row would write each row twice, and its indexes and its words'
 * triggers once a row. The triggers that keep person_word in step are created again; the
 * words themselves are unchanged, as the tsvector is.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`ALTER TABLE person_search RENAME TO person_search_before`.execute(db);
  await sql`CREATE TABLE person_search (
    owner_id text NOT NULL,
    person_id text NOT NULL,
    sort_name text NOT NULL,
    archived integer NOT NULL,
    name_text text NOT NULL,
    body_text text NOT NULL,
    company_words text NOT NULL DEFAULT '',
    tsv ${personSearchTsv}
  )`.execute(db);
  await sql`INSERT INTO person_search (owner_id, person_id, sort_name, archived, name_text, body_text, company_words)
    SELECT s.owner_id, s.person_id, p.sort_name, p.archived, s.name_text, s.body_text, s.company_words
    FROM person_search_before s JOIN person p ON p.owner_id = s.owner_id AND p.id = s.person_id`.execute(db);
  await sql`DROP TABLE person_search_before`.execute(db);
  await sql`ALTER TABLE person_search
    ADD CONSTRAINT person_search_pk PRIMARY KEY (owner_id, person_id),
    ADD CONSTRAINT person_search_person_fk FOREIGN KEY (owner_id, person_id)
      REFERENCES person (owner_id, id) ON DELETE CASCADE`.execute(db);
  await sql`CREATE INDEX person_search_name_trgm ON person_search USING gin (name_text gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX person_search_tsv ON person_search USING gin (tsv)`.execute(db);
  await sql`CREATE INDEX person_search_sort ON person_search (owner_id, sort_name, person_id)`.execute(db);
  await createPersonWordTriggers(db);
  await sql`CREATE FUNCTION person_search_takes_keys() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
    BEGIN
      SELECT p.sort_name, p.archived INTO NEW.sort_name, NEW.archived
        FROM person p WHERE p.owner_id = NEW.owner_id AND p.id = NEW.person_id;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER person_search_takes_keys BEFORE INSERT ON person_search
    FOR EACH ROW EXECUTE FUNCTION person_search_takes_keys()`.execute(db);
  await sql`CREATE FUNCTION person_keys_changed() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
    BEGIN
      UPDATE person_search SET sort_name = NEW.sort_name, archived = NEW.archived
        WHERE owner_id = NEW.owner_id AND person_id = NEW.id;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER person_keys_changed AFTER UPDATE OF sort_name, archived ON person
    FOR EACH ROW WHEN (OLD.sort_name <> NEW.sort_name OR OLD.archived <> NEW.archived)
    EXECUTE FUNCTION person_keys_changed()`.execute(db);
  await sql`ANALYZE person_search`.execute(db);
}
