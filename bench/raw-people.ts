import type SqliteDatabase from 'better-sqlite3';
import { identityKeys } from '../src/core/people/combine-people.js';
import type { Person } from '../src/core/people/schema.js';
import { searchDocument, sortName } from '../src/core/people/search-document.js';
import { DEFAULT_PHONE_REGION } from '../src/core/shared/phone-region.js';
import { ftsBodyText, ftsNameText, valuesJson } from '../src/db/repos/people.js';

/**
 * The baseline the people and import benchmarks compare kith with: the rows kith writes for
 * these people (person with its values and search words, identity keys, the two search
 * rows), written with better-sqlite3 prepared statements in one transaction; no
 * Kysely, no validation, no matching.
 */
export function rawInsertPeople(sqlite: SqliteDatabase.Database, ownerId: string, people: readonly Person[]): void {
  const person = sqlite.prepare(
    `INSERT INTO person (owner_id, id, display_name, sort_name, search_name, search_rowid, search_words, given_name,
      family_name, nickname, title, company, industry, location, birthday, tier, cadence_days, how_met, met_on,
      introduced_by_id, notes, archived, created_at, updated_at, values_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const key = sqlite.prepare(
    'INSERT OR IGNORE INTO person_key (owner_id, kind, value_key, person_id) VALUES (?, ?, ?, ?)',
  );
  const names = sqlite.prepare('INSERT INTO person_name_fts (rowid, name_text) VALUES (?, ?)');
  const body = sqlite.prepare('INSERT INTO person_body_fts (rowid, body_text) VALUES (?, ?)');
  sqlite.transaction(() => {
    let rowid = 0;
    for (const p of people) {
      rowid += 1;
      const doc = searchDocument(p);
      const sorted = sortName(p.displayName);
      const words = ftsBodyText(doc, sorted);
      person.run(
        ownerId,
        p.id,
        p.displayName,
        sorted,
        doc.nameText,
        rowid,
        words,
        p.givenName,
        p.familyName,
        p.nickname,
        p.title,
        p.company,
        p.industry,
        p.location,
        p.birthday,
        p.tier,
        p.cadenceDays,
        p.howMet,
        p.metOn,
        p.introducedById,
        p.notes,
        0,
        p.createdAt,
        p.updatedAt,
        valuesJson(p),
      );
      for (const identity of identityKeys(p, DEFAULT_PHONE_REGION)) key.run(ownerId, identity.kind, identity.key, p.id);
      names.run(rowid, ftsNameText(doc.nameText));
      body.run(rowid, words);
    }
  })();
}
