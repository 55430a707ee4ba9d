import { type Kysely, sql } from 'kysely';
import type { ContactRow, KeepInTouchRepo } from '../../core/keep-in-touch/repo.js';
import type { Tier } from '../../core/people/schema.js';
import type { Database } from '../schema.js';
import { chunk } from './chunk.js';
import { monthDayOf } from './occasions.js';

export function keepInTouchRepo(db: Kysely<Database>, ownerId: string): KeepInTouchRepo {
  function contactQuery() {
    return db
      .selectFrom('person as p')
      .leftJoin('contact_state as s', (join) =>
        join.onRef('s.owner_id', '=', 'p.owner_id').onRef('s.person_id', '=', 'p.id'),
      )
      .select([
        'p.id',
        'p.display_name',
        'p.tier',
        'p.cadence_days',
        'p.birthday',
        'p.created_at',
        's.last_interaction_on',
        's.snoozed_until',
        's.drift_silenced_until',
      ])
      .where('p.owner_id', '=', ownerId)
      .where('p.archived', '=', 0);
  }
  type Row = Awaited<ReturnType<ReturnType<typeof contactQuery>['execute']>>[number];
  const fromRow = (row: Row): ContactRow => ({
    id: row.id,
    name: row.display_name,
    tier: row.tier as Tier,
    cadenceDays: row.cadence_days === null ? null : Number(row.cadence_days),
    birthday: row.birthday,
    createdAt: row.created_at,
    lastInteractionOn: row.last_interaction_on ?? null,
    snoozedUntil: row.snoozed_until ?? null,
    driftSilencedUntil: row.drift_silenced_until ?? null,
  });
  const clockStart = sql<string>`coalesce(s.last_interaction_on, substr(p.created_at, 1, 10))`;

  return {
    async state(personId) {
      const row = await db
        .selectFrom('contact_state')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', personId)
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
        .values({ owner_id: ownerId, person_id: state.personId, last_interaction_on: null, ...fields })
        .onConflict((oc) => oc.columns(['owner_id', 'person_id']).doUpdateSet(fields))
        .execute();
    },

    async candidates({ today, dueBy, birthdayMonthDays }) {
      const rows = await contactQuery()
        .where((eb) => eb.or([eb('s.snoozed_until', 'is', null), eb('s.snoozed_until', '<=', today)]))
        .where((eb) =>
          eb.or([
            eb('p.cadence_days', 'is not', null),
            ...dueBy.map((due) =>
              eb.and([
                eb('p.cadence_days', 'is', null),
                eb('p.tier', '=', due.tier),
                eb(clockStart, '<=', due.clockStartOnOrBefore),
              ]),
            ),
            ...(birthdayMonthDays.length > 0
              ? [eb.and([eb('p.birthday', 'is not', null), eb(monthDayOf('p.birthday'), 'in', [...birthdayMonthDays])])]
              : []),
          ]),
        )
        .execute();
      return rows.map(fromRow);
    },

    async contacts(personIds) {
      const rows: Row[] = [];
      for (const ids of chunk([...new Set(personIds)], 500)) {
        rows.push(...(await contactQuery().where('p.id', 'in', ids).execute()));
      }
      return rows.map(fromRow);
    },

    async suggestionsSinceLastInteraction() {
      const rows = await db
        .selectFrom('suggestion as g')
        .leftJoin('contact_state as s', (join) =>
          join.onRef('s.owner_id', '=', 'g.owner_id').onRef('s.person_id', '=', 'g.person_id'),
        )
        .select(['g.person_id', 'g.shown_on'])
        .where('g.owner_id', '=', ownerId)
        .where((eb) =>
          eb.or([eb('s.last_interaction_on', 'is', null), eb('g.shown_on', '>', eb.ref('s.last_interaction_on'))]),
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
