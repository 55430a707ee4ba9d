import type SqliteDatabase from 'better-sqlite3';
import type { Kysely, Selectable } from 'kysely';
import type { DedupePerson } from '../../core/dedupe/find-duplicates.js';
import type { MergeRepo } from '../../core/dedupe/repo.js';
import type { Person } from '../../core/people/schema.js';
import { shrinkPageCache } from '../connect.js';
import type { Database, PersonTable } from '../schema.js';
import { chunk } from './chunk.js';

/** Tables whose rows point at one person, by `person_id`. */
type PersonRowTable = 'reminder' | 'occasion' | 'share';

/** Tables that link a person to something else; a person holds at most one link to each thing. */
const linkTables = {
  interaction_person: 'interaction_id',
  event_person: 'event_id',
  affiliation: 'organization_id',
} as const;
type LinkTable = keyof typeof linkTables;

/**
 * People dedupe reads per query: a page's rows are turned into what dedupe keeps before
 * the next page is read, so 100,000 rows are never in memory at once. At 100,000 people
 * pages of 500 peaked 20 MiB lower than pages of 2,000, for the same CPU time.
 */
const DEDUPE_PAGE = 500;

/** A person's row as dedupe reads it; `sort_name` and `id` say where the next page starts. */
type CandidateRow = Pick<
  Selectable<PersonTable>,
  'id' | 'sort_name' | 'display_name' | 'given_name' | 'family_name' | 'company' | 'location' | 'values_json'
>;

function toCandidate(row: CandidateRow, phoneKeys: readonly string[]): DedupePerson {
  const { emails = [], phones = [] } = JSON.parse(row.values_json) as Partial<Pick<Person, 'emails' | 'phones'>>;
  return {
    id: row.id,
    displayName: row.display_name,
    givenName: row.given_name,
    familyName: row.family_name,
    company: row.company,
    location: row.location,
    emails,
    phones,
    phoneKeys,
  };
}

/** @param sqlite the better-sqlite3 handle under `db`, on SQLite: dedupe's read shrinks its page cache. */
export function mergeRepo(db: Kysely<Database>, ownerId: string, sqlite?: SqliteDatabase.Database): MergeRepo {
  /** Points `from`'s rows at `to`. */
  async function repoint(table: PersonRowTable, from: string, to: string) {
    await db
      .updateTable(table)
      .set({ person_id: to })
      .where('owner_id', '=', ownerId)
      .where('person_id', '=', from)
      .execute();
  }

  /** Moves `from`'s links to `to`, dropping those `to` already has (they would be duplicates). */
  async function moveLinks(table: LinkTable, from: string, to: string) {
    const key = linkTables[table];
    const kept = db.selectFrom(table).select(key).where('owner_id', '=', ownerId).where('person_id', '=', to);
    await db
      .deleteFrom(table)
      .where('owner_id', '=', ownerId)
      .where('person_id', '=', from)
      .where(key, 'in', kept)
      .execute();
    await db
      .updateTable(table)
      .set({ person_id: to })
      .where('owner_id', '=', ownerId)
      .where('person_id', '=', from)
      .execute();
  }

  /**
   * Every person's phone keys, as the people repository stored them: one query (the key
   * table has no index by person), and dedupe need not read each number again.
   */
  async function storedPhoneKeys(): Promise<Map<string, string[]>> {
    const rows = await db
      .selectFrom('person_key')
      .select(['person_id', 'value_key'])
      .where('owner_id', '=', ownerId)
      .where('kind', '=', 'phone')
      .execute();
    const keys = new Map<string, string[]>();
    for (const row of rows) {
      const known = keys.get(row.person_id);
      if (known) known.push(row.value_key);
      else keys.set(row.person_id, [row.value_key]);
    }
    return keys;
  }

  /** The next page of people in name order (sort name, then id) after `last`, with what dedupe compares. */
  function candidatesAfter(last: CandidateRow | undefined) {
    return db
      .selectFrom('person')
      .select(['id', 'sort_name', 'display_name', 'given_name', 'family_name', 'company', 'location', 'values_json'])
      .where('owner_id', '=', ownerId)
      .$if(last !== undefined, (query) =>
        query.where((eb) => eb(eb.refTuple('sort_name', 'id'), '>', eb.tuple(last?.sort_name ?? '', last?.id ?? ''))),
      )
      .orderBy('sort_name')
      .orderBy('id')
      .limit(DEDUPE_PAGE)
      .execute();
  }

  return {
    async *dedupeCandidates() {
      const restoreCache = sqlite ? shrinkPageCache(sqlite) : undefined;
      try {
        const phoneKeys = await storedPhoneKeys();
        // A person renamed while the pages are read could come twice; the later copy is skipped.
        const seen = new Set<string>();
        let last: CandidateRow | undefined;
        for (;;) {
          const rows = await candidatesAfter(last);
          const fresh = rows.filter((row) => !seen.has(row.id));
          for (const row of fresh) seen.add(row.id);
          if (fresh.length > 0) yield fresh.map((row) => toCandidate(row, phoneKeys.get(row.id) ?? []));
          if (rows.length < DEDUPE_PAGE) return;
          last = rows.at(-1);
        }
      } finally {
        restoreCache?.();
      }
    },

    moveParticipants: (from, to) => moveLinks('interaction_person', from, to),
    moveReminders: (from, to) => repoint('reminder', from, to),
    moveOccasions: (from, to) => repoint('occasion', from, to),

    async dropContactState(personId) {
      await db.deleteFrom('suggestion').where('owner_id', '=', ownerId).where('person_id', '=', personId).execute();
      await db.deleteFrom('today_pick').where('owner_id', '=', ownerId).where('person_id', '=', personId).execute();
      await db.deleteFrom('contact_state').where('owner_id', '=', ownerId).where('person_id', '=', personId).execute();
    },

    moveShares: (from, to) => repoint('share', from, to),

    async deleteShares(ids) {
      for (const batch of chunk(ids, 500)) {
        await db.deleteFrom('share').where('owner_id', '=', ownerId).where('id', 'in', batch).execute();
      }
    },

    async moveIntroductions(from, to) {
      await db
        .updateTable('introduction')
        .set({ person_a_id: to })
        .where('owner_id', '=', ownerId)
        .where('person_a_id', '=', from)
        .execute();
      await db
        .updateTable('introduction')
        .set({ person_b_id: to })
        .where('owner_id', '=', ownerId)
        .where('person_b_id', '=', from)
        .execute();
    },

    async deleteIntroductions(ids) {
      for (const batch of chunk(ids, 500)) {
        await db.deleteFrom('introduction').where('owner_id', '=', ownerId).where('id', 'in', batch).execute();
      }
    },

    moveEventLinks: (from, to) => moveLinks('event_person', from, to),
    moveAffiliations: (from, to) => moveLinks('affiliation', from, to),
  };
}
