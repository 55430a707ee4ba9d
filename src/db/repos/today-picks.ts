import type { Kysely } from 'kysely';
import type { DormantRow, PickKind, TodayPicksRepo } from '../../core/keep-in-touch/picks-repo.js';
import type { Tier } from '../../core/people/schema.js';
import type { Database } from '../schema.js';
import { chunk } from './chunk.js';

type Lists = { topics?: string[]; needs?: string[]; offers?: string[] };

export function todayPicksRepo(db: Kysely<Database>, ownerId: string): TodayPicksRepo {
  /** People without their own cadence, not archived: the walks below read the keep-in-touch index (0002). */
  const tierWalk = (tier: Tier) =>
    db
      .selectFrom('person as p')
      .select(['p.id', 'p.display_name', 'p.tier', 'p.last_interaction_on', 'p.values_json'])
      .where('p.owner_id', '=', ownerId)
      .where('p.archived', '=', 0)
      .where('p.tier', '=', tier)
      .where('p.cadence_days', 'is', null);

  /** Of these people, those snoozed past `today`. */
  async function snoozed(personIds: readonly string[], today: string): Promise<Set<string>> {
    const found = new Set<string>();
    for (const ids of chunk([...personIds], 500)) {
      const rows = await db
        .selectFrom('contact_state')
        .select('person_id')
        .where('owner_id', '=', ownerId)
        .where('person_id', 'in', ids)
        .where('snoozed_until', '>', today)
        .execute();
      for (const row of rows) found.add(row.person_id);
    }
    return found;
  }

  /** How many interactions each of these people has had. */
  async function interactionCounts(personIds: readonly string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const ids of chunk([...personIds], 500)) {
      const found = await db
        .selectFrom('interaction_person')
        .select((eb) => ['person_id', eb.fn.countAll().as('count')])
        .where('owner_id', '=', ownerId)
        .where('person_id', 'in', ids)
        .groupBy('person_id')
        .execute();
      for (const row of found) counts.set(row.person_id, Number(row.count));
    }
    return counts;
  }

  /** One statement: each tier's walk keeps its own order and limit as a subquery. */
  async function walks<R>(queries: ReturnType<typeof tierWalk>[]): Promise<R[]> {
    const [first, ...rest] = queries.map((query, index) => db.selectFrom(query.as(`w${index}`)).selectAll());
    if (!first) return [];
    return (await rest.reduce((union, walk) => union.unionAll(walk), first).execute()) as R[];
  }

  return {
    async picks(since) {
      const rows = await db
        .selectFrom('today_pick')
        .select(['kind', 'shown_on', 'person_id', 'dismissed_on'])
        .where('owner_id', '=', ownerId)
        .where('shown_on', '>=', since)
        .orderBy('shown_on')
        .execute();
      return rows.map((row) => ({
        kind: row.kind as PickKind,
        shownOn: row.shown_on,
        personId: row.person_id,
        dismissedOn: row.dismissed_on,
      }));
    },

    async recordPick(pick) {
      await db
        .insertInto('today_pick')
        .values({ owner_id: ownerId, kind: pick.kind, shown_on: pick.shownOn, person_id: pick.personId })
        .onConflict((oc) => oc.columns(['owner_id', 'kind', 'shown_on']).doNothing())
        .execute();
    },

    async dismiss(kind, personId, on) {
      const result = await db
        .updateTable('today_pick')
        .set({ dismissed_on: on })
        .where('owner_id', '=', ownerId)
        .where('kind', '=', kind)
        .where('person_id', '=', personId)
        .where('dismissed_on', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async dormant({ today, tiers, lastOnOrBefore, lastOnOrAfter, minInteractions, limit, personIds }) {
      type Row = { id: string; display_name: string; tier: string; last_interaction_on: string; values_json: string };
      const rows = personIds
        ? // By primary key (a walk filtered by id would read the whole range), then checked here.
          (
            (await db
              .selectFrom('person as p')
              .select(['p.id', 'p.display_name', 'p.tier', 'p.last_interaction_on', 'p.values_json', 'p.archived'])
              .select('p.cadence_days')
              .where('p.owner_id', '=', ownerId)
              .where('p.id', 'in', personIds.length > 0 ? [...personIds] : [''])
              .execute()) as (Row & { archived: number; cadence_days: number | null })[]
          ).filter(
            (row) =>
              Number(row.archived) === 0 &&
              row.cadence_days === null &&
              (tiers as readonly string[]).includes(row.tier) &&
              row.last_interaction_on !== null &&
              row.last_interaction_on <= lastOnOrBefore &&
              row.last_interaction_on >= lastOnOrAfter,
          )
        : await walks<Row>(
            tiers.map((tier) =>
              tierWalk(tier)
                .where('p.last_interaction_on', '<=', lastOnOrBefore)
                .where('p.last_interaction_on', '>=', lastOnOrAfter)
                .orderBy('p.last_interaction_on', 'desc')
                .limit(limit),
            ),
          );
      if (rows.length === 0) return [];
      const ids = rows.map((row) => row.id);
      const [counts, away] = await Promise.all([interactionCounts(ids), snoozed(ids, today)]);
      return rows.flatMap((row): DormantRow[] => {
        const interactions = counts.get(row.id) ?? 0;
        if (interactions < minInteractions || away.has(row.id)) return [];
        const lists = JSON.parse(row.values_json) as Lists;
        return [
          {
            id: row.id,
            name: row.display_name,
            tier: row.tier as Tier,
            lastInteractionOn: row.last_interaction_on,
            interactions,
            topics: lists.topics ?? [],
            needs: lists.needs ?? [],
            offers: lists.offers ?? [],
          },
        ];
      });
    },

    async silentLongest({ tiers, today, limit }) {
      type Row = { id: string; display_name: string; tier: string; last_interaction_on: string };
      const rows = await walks<Row>(
        tiers.map((tier) =>
          tierWalk(tier).where('p.last_interaction_on', 'is not', null).orderBy('p.last_interaction_on').limit(limit),
        ),
      );
      const away = await snoozed(
        rows.map((row) => row.id),
        today,
      );
      return rows
        .filter((row) => !away.has(row.id))
        .map((row) => ({
          id: row.id,
          name: row.display_name,
          tier: row.tier as Tier,
          lastInteractionOn: row.last_interaction_on,
        }));
    },

    async savedInterests(limit) {
      const rows = await db
        .selectFrom('item')
        .select(['title', 'topics'])
        .where('owner_id', '=', ownerId)
        .where('archived', '=', 0)
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({ title: row.title, topics: JSON.parse(row.topics) as string[] }));
    },

    async tierSizes(tiers) {
      const sizes = { inner: 0, close: 0, regular: 0, acquaintance: 0 } satisfies Record<Tier, number>;
      const tierSize = async (tier: Tier) => {
        // Two counts, each along an index: people on their tier's cadence read the keep-in-touch
        // index (0002) alone; the few with their own cadence, the cadence index.
        const [onTier, ownCadence] = await Promise.all([
          db
            .selectFrom('person')
            .select((eb) => eb.fn.countAll().as('count'))
            .where('owner_id', '=', ownerId)
            .where('archived', '=', 0)
            .where('tier', '=', tier)
            .where('cadence_days', 'is', null)
            .executeTakeFirstOrThrow(),
          db
            .selectFrom('person')
            .select((eb) => eb.fn.countAll().as('count'))
            .where('owner_id', '=', ownerId)
            .where('cadence_days', 'is not', null)
            .where('archived', '=', 0)
            .where('tier', '=', tier)
            .executeTakeFirstOrThrow(),
        ]);
        sizes[tier] = Number(onTier.count) + Number(ownCadence.count);
      };
      await Promise.all(tiers.map(tierSize));
      return sizes;
    },

    async leastInTouch(tier, limit) {
      type Row = { id: string; display_name: string; sort_name: string; last_interaction_on: string | null };
      const columns = ['id', 'display_name', 'sort_name', 'last_interaction_on'] as const;
      const base = () =>
        db
          .selectFrom('person')
          .select(columns)
          .where('owner_id', '=', ownerId)
          .where('archived', '=', 0)
          .where('tier', '=', tier);
      // Three short walks instead of sorting the tier: never contacted (oldest first), the
      // longest quiet, and the few with their own cadence; merged and cut here.
      const rows = (
        await Promise.all([
          base()
            .where('cadence_days', 'is', null)
            .where('last_interaction_on', 'is', null)
            .orderBy('created_at')
            .limit(limit)
            .execute(),
          base()
            .where('cadence_days', 'is', null)
            .where('last_interaction_on', 'is not', null)
            .orderBy('last_interaction_on')
            .limit(limit)
            .execute(),
          base().where('cadence_days', 'is not', null).execute(),
        ])
      ).flat() as Row[];
      const key = (row: Row) => (row.last_interaction_on === null ? '' : `~${row.last_interaction_on}`);
      return rows
        .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.sort_name.localeCompare(b.sort_name)))
        .slice(0, limit)
        .map((row) => ({ id: row.id, name: row.display_name, lastInteractionOn: row.last_interaction_on }));
    },

    async tierAdviceAnswers() {
      const rows = await db
        .selectFrom('tier_advice')
        .select(['tier', 'answered_size'])
        .where('owner_id', '=', ownerId)
        .execute();
      return Object.fromEntries(rows.map((row) => [row.tier, Number(row.answered_size)]));
    },

    async answerTierAdvice(tier, size, on) {
      const fields = { answered_size: size, answered_on: on };
      await db
        .insertInto('tier_advice')
        .values({ owner_id: ownerId, tier, ...fields })
        .onConflict((oc) => oc.columns(['owner_id', 'tier']).doUpdateSet(fields))
        .execute();
    },

    async interactionCounts(since, until) {
      const counts = await db
        .selectFrom('interaction_person')
        .select((eb) => [
          'person_id',
          // Counted from `since`; the first of all, to tell for how long kith has seen them.
          eb.fn.count(eb.case().when('occurred_on', '>=', since).then(1).end()).as('count'),
          eb.fn.min('occurred_on').as('first'),
        ])
        .where('owner_id', '=', ownerId)
        .$if(until !== undefined, (query) => query.where('occurred_on', '<=', until as string))
        .groupBy('person_id')
        .execute();
      const byPerson = new Map(
        counts.map((row) => [row.person_id, { count: Number(row.count), first: String(row.first) }]),
      );
      // A preview of another day cannot use last_interaction_on, which may come after it.
      const lastBy =
        until === undefined
          ? null
          : new Map(
              (
                await db
                  .selectFrom('interaction_person')
                  .select((eb) => ['person_id', eb.fn.max('occurred_on').as('last')])
                  .where('owner_id', '=', ownerId)
                  .where('occurred_on', '<=', until)
                  .groupBy('person_id')
                  .execute()
              ).map((row) => [row.person_id, String(row.last)]),
            );
      const people = await db
        .selectFrom('person')
        .select(['id', 'display_name', 'tier', 'family', 'last_interaction_on', 'created_at'])
        .where('owner_id', '=', ownerId)
        .where('archived', '=', 0)
        .execute();
      return people.map((row) => ({
        id: row.id,
        name: row.display_name,
        tier: row.tier as Tier,
        family: Number(row.family) === 1,
        addedOn: String(row.created_at).slice(0, 10),
        lastInteractionOn: (lastBy ? lastBy.get(row.id) : row.last_interaction_on) ?? null,
        count: byPerson.get(row.id)?.count ?? 0,
        firstOn: byPerson.get(row.id)?.first ?? null,
      }));
    },
  };
}
