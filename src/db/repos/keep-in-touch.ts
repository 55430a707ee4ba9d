import { type Kysely, sql } from 'kysely';
import type { ContactRow, KeepInTouchRepo } from '../../core/keep-in-touch/repo.js';
import type { Tier } from '../../core/people/schema.js';
import type { Database } from '../schema.js';
import { chunk } from './chunk.js';

const personColumns = [
  'p.id',
  'p.display_name',
  'p.tier',
  'p.cadence_days',
  'p.birthday',
  'p.created_at',
  'p.last_interaction_on',
  'p.archived',
  'p.family',
] as const;

type State = { snoozedUntil: string | null; driftSilencedUntil: string | null };

export function keepInTouchRepo(db: Kysely<Database>, ownerId: string): KeepInTouchRepo {
  function everyone() {
    return db.selectFrom('person as p').select(personColumns).where('p.owner_id', '=', ownerId);
  }
  /** Not archived; the scans below walk indexes that lead with (owner_id, archived). */
  const contactQuery = () => everyone().where('p.archived', '=', 0);
  type Query = ReturnType<typeof everyone>;
  type Row = Awaited<ReturnType<Query['execute']>>[number];
  const fromRow = (row: Row, state: State | undefined): ContactRow => ({
    id: row.id,
    name: row.display_name,
    tier: row.tier as Tier,
    cadenceDays: row.cadence_days === null ? null : Number(row.cadence_days),
    birthday: row.birthday,
    createdAt: row.created_at,
    lastInteractionOn: row.last_interaction_on ?? null,
    snoozedUntil: state?.snoozedUntil ?? null,
    driftSilencedUntil: state?.driftSilencedUntil ?? null,
    family: Number(row.family) === 1,
  });

  /** Snoozes and drift silences still running on `today`: few rows, read whole. */
  async function activeStates(today: string): Promise<Map<string, State>> {
    const rows = await db
      .selectFrom('contact_state')
      .select(['person_id', 'snoozed_until', 'drift_silenced_until'])
      .where('owner_id', '=', ownerId)
      .where((eb) => eb.or([eb('snoozed_until', '>', today), eb('drift_silenced_until', '>', today)]))
      .execute();
    return new Map(
      rows.map((row) => [
        row.person_id,
        { snoozedUntil: row.snoozed_until, driftSilencedUntil: row.drift_silenced_until },
      ]),
    );
  }

  return {
    async state(personId) {
      const row = await db
        .selectFrom('person as p')
        .leftJoin('contact_state as s', (join) =>
          join.onRef('s.owner_id', '=', 'p.owner_id').onRef('s.person_id', '=', 'p.id'),
        )
        .select(['p.last_interaction_on', 's.snoozed_until', 's.drift_silenced_until'])
        .where('p.owner_id', '=', ownerId)
        .where('p.id', '=', personId)
        .executeTakeFirst();
      return {
        personId,
        lastInteractionOn: row?.last_interaction_on ?? null,
        snoozedUntil: row?.snoozed_until ?? null,
        driftSilencedUntil: row?.drift_silenced_until ?? null,
      };
    },

    async saveState(state) {
      const fields = { snoozed_until: state.snoozedUntil, drift_silenced_until: state.driftSilencedUntil };
      await db
        .insertInto('contact_state')
        .values({ owner_id: ownerId, person_id: state.personId, ...fields })
        .onConflict((oc) => oc.columns(['owner_id', 'person_id']).doUpdateSet(fields))
        .execute();
    },

    /**
     * Each query reads one table along an index in clock-start order and stops after
     * `perTier` people (plus however many are snoozed, who are dropped here), so the cost
     * does not grow with the network: within a tier the most overdue come first.
     */
    async candidates({ today, dueBy, birthdayMonthDays, perTier }) {
      const states = await activeStates(today);
      const snoozed = [...states.values()].filter((state) => state.snoozedUntil && state.snoozedUntil > today).length;
      const queries: Query[] = [];
      for (const due of dueBy) {
        const tier = contactQuery().where('p.cadence_days', 'is', null).where('p.tier', '=', due.tier);
        queries.push(
          tier
            .where('p.last_interaction_on', '<=', due.clockStartOnOrBefore)
            .orderBy('p.last_interaction_on')
            .limit(perTier + snoozed),
          // Never contacted: the clock started when they were added (a day of slack for the zone).
          // Ordered by the last interaction (null for all of them) as well, as the index is:
          // PostgreSQL does not take IS NULL as fixing a column, so by the day added alone it
          // read the whole tier and sorted it (2.9 s for 100,000 people at a million).
          tier
            .where('p.last_interaction_on', 'is', null)
            .where('p.created_at', '<', `${due.clockStartOnOrBefore}T24`)
            .orderBy('p.last_interaction_on')
            .orderBy('p.created_at')
            .limit(perTier + snoozed),
        );
      }
      queries.push(contactQuery().where('p.cadence_days', 'is not', null));
      if (birthdayMonthDays.length > 0) {
        // Only people kith keeps in touch with: occasions do not nag about those with no cadence.
        const keptTiers = dueBy.map((due) => due.tier);
        queries.push(
          contactQuery()
            .where('p.birthday', 'is not', null)
            .where(sql<string>`substr(p.birthday, length(p.birthday) - 4)`, 'in', [...birthdayMonthDays])
            .where((eb) =>
              keptTiers.length > 0
                ? eb.or([eb('p.cadence_days', 'is not', null), eb('p.tier', 'in', keptTiers)])
                : eb('p.cadence_days', 'is not', null),
            ),
        );
      }
      // One statement, one round trip: each walk keeps its own order and limit as a subquery.
      const [first, ...rest] = queries.map((query, index) => db.selectFrom(query.as(`w${index}`)).selectAll());
      if (!first) return [];
      const rows = await rest.reduce((union, walk) => union.unionAll(walk), first).execute();
      const byId = new Map<string, ContactRow>();
      for (const row of rows) {
        const contact = fromRow(row, states.get(row.id));
        if (contact.snoozedUntil === null || contact.snoozedUntil <= today) byId.set(row.id, contact);
      }
      return [...byId.values()];
    },

    async birthdaysOn(monthDays) {
      if (monthDays.length === 0) return [];
      const rows = await contactQuery()
        .where('p.birthday', 'is not', null) // the birthday index holds only people with one
        .where(sql<string>`substr(p.birthday, length(p.birthday) - 4)`, 'in', [...monthDays])
        .execute();
      // A birthday is shown whether or not the person is snoozed: no contact state needed.
      return rows.map((row) => fromRow(row, undefined));
    },

    async contacts(personIds) {
      const rows: ContactRow[] = [];
      // By primary key, with each one's state in the same statement; archived people are
      // dropped here, as filtering them in SQL would steer SQLite onto the (owner_id,
      // archived) index and a scan of everyone.
      for (const ids of chunk([...new Set(personIds)], 500)) {
        const found = await everyone()
          .leftJoin('contact_state as s', (join) =>
            join.onRef('s.owner_id', '=', 'p.owner_id').onRef('s.person_id', '=', 'p.id'),
          )
          .select(['s.snoozed_until', 's.drift_silenced_until'])
          .where('p.id', 'in', ids)
          .execute();
        for (const row of found) {
          if (Number(row.archived) !== 0) continue;
          rows.push(
            fromRow(row, {
              snoozedUntil: row.snoozed_until ?? null,
              driftSilencedUntil: row.drift_silenced_until ?? null,
            }),
          );
        }
      }
      return rows;
    },

    async suggestionsSinceLastInteraction() {
      const rows = await db
        .selectFrom('suggestion as g')
        .innerJoin('person as p', (join) =>
          join.onRef('p.owner_id', '=', 'g.owner_id').onRef('p.id', '=', 'g.person_id'),
        )
        .select(['g.person_id', 'g.shown_on'])
        .where('g.owner_id', '=', ownerId)
        .where((eb) =>
          eb.or([eb('p.last_interaction_on', 'is', null), eb('g.shown_on', '>', eb.ref('p.last_interaction_on'))]),
        )
        .execute();
      return rows.map((row) => ({ personId: row.person_id, shownOn: row.shown_on }));
    },

    async recordSuggestions(personIds, shownOn) {
      if (personIds.length === 0) return;
      await db
        .insertInto('suggestion')
        .values(personIds.map((personId) => ({ owner_id: ownerId, person_id: personId, shown_on: shownOn })))
        .onConflict((oc) => oc.columns(['owner_id', 'person_id', 'shown_on']).doNothing())
        .execute();
    },
  };
}
