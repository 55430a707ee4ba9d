import type { Kysely } from 'kysely';
import { defaultCardHref } from '../../core/dav/card-fields.js';
import type { CardEntry, DavRepo } from '../../core/dav/repo.js';
import type { Database } from '../schema.js';
import { currentCardClock, nextCardRevision, startCardEpoch } from './card-clock.js';
import { chunk } from './chunk.js';

/** A default card name is the person's id and `.vcf`. */
const DEFAULT_HREF = /^([0-9A-Za-z]{1,64})\.vcf$/;
/** The UID of a card kith made (`defaultCard`): `urn:kith:` and the person's id. */
const KITH_UID = /^urn:kith:([0-9A-Za-z]{1,64})$/;

type EntryRow = {
  id: string;
  card_revision: number | null | undefined;
  href: string | null;
  archived: number;
  epoch: string | null | undefined;
};

function entry(row: EntryRow): CardEntry {
  return {
    personId: row.id,
    href: row.href ?? defaultCardHref(row.id),
    revision: Number(row.card_revision ?? 0),
    epoch: row.epoch ?? '',
  };
}

export function davRepo(db: Kysely<Database>, ownerId: string): DavRepo {
  /** People with their card names (the name a phone chose, else the default) and the clock's epoch. */
  const people = () =>
    db
      .selectFrom('person')
      .leftJoin('dav_card', (join) =>
        join.onRef('dav_card.owner_id', '=', 'person.owner_id').onRef('dav_card.person_id', '=', 'person.id'),
      )
      .leftJoin('card_clock', 'card_clock.owner_id', 'person.owner_id')
      .select(['person.id', 'person.card_revision', 'dav_card.href', 'person.archived', 'card_clock.epoch'])
      .where('person.owner_id', '=', ownerId);

  const repo: DavRepo = {
    clock: () => currentCardClock(db, ownerId),

    startEpoch: (epoch) => startCardEpoch(db, ownerId, epoch),

    async list() {
      const rows = await people().where('person.archived', '=', 0).execute();
      return rows.map(entry);
    },

    async find(href) {
      return (await repo.findMany([href])).get(href);
    },

    async findMany(hrefs) {
      const found = new Map<string, CardEntry & { archived: boolean }>();
      const keep = (row: EntryRow) => {
        const card = entry(row);
        found.set(card.href, { ...card, archived: Number(row.archived) === 1 });
      };
      for (const batch of chunk([...new Set(hrefs)], 500)) {
        for (const row of await people().where('dav_card.href', 'in', batch).execute()) keep(row);
        const ids = batch.flatMap((href) => (found.has(href) ? [] : (href.match(DEFAULT_HREF)?.[1] ?? [])));
        if (ids.length === 0) continue;
        // A person whose phone chose another name is not also found at the default one.
        for (const row of await people().where('person.id', 'in', ids).execute()) if (row.href === null) keep(row);
      }
      return found;
    },

    async findByUid(uid) {
      // Owner-scoped: a phone-touched card by its UID (index dav_card_owner_uid), else a card kith made, by its id.
      const chosen = await people().where('dav_card.uid', '=', uid).where('person.archived', '=', 0).executeTakeFirst();
      if (chosen) return entry(chosen);
      const id = uid.match(KITH_UID)?.[1];
      if (!id) return undefined;
      const made = await people()
        .where('person.id', '=', id)
        .where('person.archived', '=', 0)
        .where('dav_card.person_id', 'is', null)
        .executeTakeFirst();
      return made ? entry(made) : undefined;
    },

    async extras(personIds) {
      const found = new Map<string, { href: string; uid: string; extras: string[] }>();
      for (const batch of chunk([...new Set(personIds)], 500)) {
        const rows = await db
          .selectFrom('dav_card')
          .selectAll()
          .where('owner_id', '=', ownerId)
          .where('person_id', 'in', batch)
          .execute();
        for (const row of rows) {
          found.set(row.person_id, { href: row.href, uid: row.uid, extras: JSON.parse(row.extras) as string[] });
        }
      }
      return found;
    },

    async changesSince(revision) {
      const rows = await people().where('person.card_revision', '>', revision).execute();
      const tombstones = await db
        .selectFrom('card_tombstone')
        .select('href')
        .where('owner_id', '=', ownerId)
        .where('revision', '>', revision)
        .execute();
      const changed = rows.filter((row) => Number(row.archived) === 0).map(entry);
      const present = new Set(changed.map((card) => card.href));
      const gone = [
        ...rows.filter((row) => Number(row.archived) === 1).map((row) => entry(row).href),
        ...tombstones.map((row) => row.href),
      ].filter((href) => !present.has(href));
      return { changed, gone: [...new Set(gone)] };
    },

    async saveExtras(personId, card) {
      const values = { href: card.href, uid: card.uid, extras: JSON.stringify(card.extras) };
      await db
        .insertInto('dav_card')
        .values({ owner_id: ownerId, person_id: personId, ...values })
        .onConflict((oc) => oc.columns(['owner_id', 'person_id']).doUpdateSet(values))
        .execute();
      await db.deleteFrom('card_tombstone').where('owner_id', '=', ownerId).where('href', '=', card.href).execute();
    },

    async markGone(href) {
      const revision = await nextCardRevision(db, ownerId);
      await db
        .insertInto('card_tombstone')
        .values({ owner_id: ownerId, href, revision })
        .onConflict((oc) => oc.columns(['owner_id', 'href']).doUpdateSet({ revision }))
        .execute();
    },
  };
  return repo;
}
