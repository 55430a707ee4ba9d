import type { Kysely } from 'kysely';
import { type PersonIndexing, type PreparedIndexing, personIndexing } from '../../core/people/indexing.js';
import type { Person } from '../../core/people/schema.js';
import { wordIndexText, wordSuffixes } from '../../core/people/search-words.js';
import { DEFAULT_PHONE_REGION } from '../../core/shared/phone-region.js';
import type { Dialect } from '../connect.js';
import type { Database, PersonKeyTable } from '../schema.js';
import { chunk } from './chunk.js';
import { fromRow, nameStartRows, personKeys, type StoredPersonRow } from './people-rows.js';
import { ftsNameText } from './people-search-text.js';
import { settingsRepo } from './settings.js';

/**
 * What a person has besides their row, kept in step with it: search rows (FTS5 on SQLite,
 * person_search and person_name_start on PostgreSQL) and identity key rows,
 * and the phone region keys are read in.
 */
export function peopleIndex(db: Kysely<Database>, dialect: Dialect, ownerId: string) {
  /** The owner's phone region (a setting), read in this repository's transaction: phone keys are computed in it. */
  async function phoneRegion(): Promise<string> {
    return (await settingsRepo(db, ownerId).get()).phoneRegion;
  }

  /** Writes the search rows of people whose person rows (and search rowids, on SQLite) are stored. */
  async function writeSearchRows(
    people: readonly { person: Person; rowid: number | null; indexing: PersonIndexing }[],
  ): Promise<void> {
    if (dialect === 'sqlite') {
      for (const batch of chunk(people, 500)) {
        await db
          .insertInto('person_name_fts')
          .values(
            batch.map(({ rowid, indexing }) => ({
              rowid: rowid ?? 0,
              name_text: ftsNameText(indexing.document.nameText),
            })),
          )
          .execute();
        await db
          .insertInto('person_body_fts')
          .values(
            batch.map(({ rowid, indexing }) => ({
              rowid: rowid ?? 0,
              body_text: wordIndexText(indexing.searchWords, indexing.nameMarks),
            })),
          )
          .execute();
      }
      return;
    }
    const starts = people.flatMap(({ person, indexing }) => nameStartRows(ownerId, person, indexing));
    for (const batch of chunk(starts, 1000)) await db.insertInto('person_name_start').values(batch).execute();
    for (const batch of chunk(people, 1000)) {
      await db
        .insertInto('person_search')
        .values(
          batch.map(({ person, indexing: { document } }) => ({
            owner_id: ownerId,
            person_id: person.id,
            name_text: document.nameText,
            company_words: wordSuffixes(document.companyText),
            body_text: document.bodyText,
          })),
        )
        .execute();
    }
  }

  /**
   * Deletes what a stored person has outside their row: their search rows (by FTS rowid on
   * SQLite, by key on PostgreSQL) and their keys (computed from their stored values, as
   * they were written). Returns their stored row, for the person written in their place.
   */
  async function deleteIndexedRows(id: string): Promise<StoredPersonRow | undefined> {
    const stored = await db
      .selectFrom('person')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!stored) return undefined;
    const person = fromRow(stored);
    const keys = personKeys(ownerId, person, await regionFor([person]));
    if (keys.length > 0) {
      await db
        .deleteFrom('person_key')
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', id)
        .where((eb) =>
          eb.or(keys.map((key) => eb.and([eb('kind', '=', key.kind), eb('value_key', '=', key.value_key)]))),
        )
        .execute();
    }
    if (dialect === 'postgres') {
      await db.deleteFrom('person_name_start').where('owner_id', '=', ownerId).where('person_id', '=', id).execute();
      await db.deleteFrom('person_search').where('owner_id', '=', ownerId).where('person_id', '=', id).execute();
      return stored;
    }
    const rowid = stored.search_rowid;
    if (rowid !== null) {
      await db.deleteFrom('person_name_fts').where('rowid', '=', rowid).execute();
      await db.deleteFrom('person_body_fts').where('rowid', '=', rowid).execute();
    }
    return stored;
  }

  /** SQLite: the first free FTS rowid (people written next take it and those after it). */
  async function nextSearchRowid(): Promise<number> {
    const last = await db
      .selectFrom('person_name_fts')
      .select('rowid')
      .orderBy('rowid', 'desc')
      .limit(1)
      .executeTakeFirst();
    return Number(last?.rowid ?? 0) + 1;
  }

  /** Only phone keys depend on the region: read it only when someone has a phone. */
  async function regionFor(people: readonly Person[]): Promise<string> {
    return people.some((person) => person.phones.length > 0) ? await phoneRegion() : DEFAULT_PHONE_REGION;
  }

  /**
   * Each person's indexing (search text, identity keys): as `prepared` where it was computed
   * in this owner's phone region (or no one has a phone), else computed here as it is needed,
   * so it is garbage by the next person.
   */
  async function indexingFor(
    people: readonly Person[],
    prepared: PreparedIndexing | undefined,
  ): Promise<(index: number) => PersonIndexing> {
    const region = await regionFor(people);
    const given = prepared?.entries.length === people.length ? prepared : undefined;
    if (given && (given.region === region || people.every((person) => person.phones.length === 0))) {
      return (index) => given.entries[index] ?? personIndexing(people[index] as Person, region);
    }
    return (index) => personIndexing(people[index] as Person, region);
  }

  async function insertKeyRows(keys: readonly PersonKeyTable[]): Promise<void> {
    for (const batch of chunk(keys, 1000)) {
      await db
        .insertInto('person_key')
        .values(batch)
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }

  return { writeSearchRows, deleteIndexedRows, nextSearchRowid, indexingFor, insertKeyRows };
}
