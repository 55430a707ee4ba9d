import { type ExpressionBuilder, type Kysely, type Selectable, sql } from 'kysely';
import type { InteractionsRepo } from '../../core/interactions/repo.js';
import type { Interaction, InteractionKind } from '../../core/interactions/schema.js';
import type { Dialect } from '../connect.js';
import type { Database, InteractionTable } from '../schema.js';
import { chunk } from './chunk.js';

function toRow(ownerId: string, interaction: Interaction): InteractionTable {
  return {
    owner_id: ownerId,
    id: interaction.id,
    occurred_at: interaction.occurredAt,
    occurred_on: interaction.occurredOn,
    kind: interaction.kind,
    summary: interaction.summary,
    notes: interaction.notes,
    event_id: interaction.eventId,
    created_at: interaction.createdAt,
    updated_at: interaction.updatedAt,
  };
}

function fromRow(row: Selectable<InteractionTable>, personIds: string[]): Interaction {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    occurredOn: row.occurred_on,
    kind: row.kind as InteractionKind,
    summary: row.summary,
    notes: row.notes,
    eventId: row.event_id,
    personIds,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * PostgreSQL: many rows of text columns in one statement, one array per column
 * (`insert … select from unnest(…)`): a 10,000-row batch is parsed and planned once,
 * where a multi-row VALUES list pays for every parameter.
 */
async function insertByColumns<T extends 'interaction' | 'interaction_person'>(
  db: Kysely<Database>,
  table: T,
  columns: readonly (keyof Database[T] & string)[],
  rows: readonly Database[T][],
): Promise<void> {
  for (const batch of chunk(rows, 10_000)) {
    const arrays = columns.map((column) => batch.map((row) => row[column] as string | null));
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))})
      select * from unnest(${sql.join(arrays.map((values) => sql`${values}::text[]`))})`.execute(db);
  }
}

const interactionColumns = [
  'owner_id',
  'id',
  'occurred_at',
  'occurred_on',
  'kind',
  'summary',
  'notes',
  'event_id',
  'created_at',
  'updated_at',
] as const;

export function interactionsRepo(db: Kysely<Database>, dialect: Dialect, ownerId: string): InteractionsRepo {
  async function withPeople(rows: readonly Selectable<InteractionTable>[]): Promise<Interaction[]> {
    const byInteraction = new Map<string, string[]>();
    for (const ids of chunk(
      rows.map((row) => row.id),
      500,
    )) {
      const links = await db
        .selectFrom('interaction_person')
        .select(['interaction_id', 'person_id'])
        .where('owner_id', '=', ownerId)
        .where('interaction_id', 'in', ids)
        .orderBy('person_id')
        .execute();
      for (const link of links) {
        const list = byInteraction.get(link.interaction_id) ?? [];
        list.push(link.person_id);
        byInteraction.set(link.interaction_id, list);
      }
    }
    return rows.map((row) => fromRow(row, byInteraction.get(row.id) ?? []));
  }

  async function insertPeople(interactions: readonly Interaction[]): Promise<void> {
    const links = interactions.flatMap((interaction) =>
      interaction.personIds.map((personId) => ({
        owner_id: ownerId,
        interaction_id: interaction.id,
        person_id: personId,
        occurred_on: interaction.occurredOn,
      })),
    );
    if (dialect === 'postgres' && links.length > 1000) {
      await insertByColumns(
        db,
        'interaction_person',
        ['owner_id', 'interaction_id', 'person_id', 'occurred_on'],
        links,
      );
      return;
    }
    for (const batch of chunk(links, 1000)) {
      await db.insertInto('interaction_person').values(batch).execute();
    }
  }

  return {
    async insert(interactions) {
      if (dialect === 'postgres' && interactions.length > 500) {
        const rows = interactions.map((interaction) => toRow(ownerId, interaction));
        await insertByColumns(db, 'interaction', interactionColumns, rows);
        await insertPeople(interactions);
        return;
      }
      for (const batch of chunk(interactions, 500)) {
        await db
          .insertInto('interaction')
          .values(batch.map((interaction) => toRow(ownerId, interaction)))
          .execute();
      }
      await insertPeople(interactions);
    },

    async get(id) {
      const row = await db
        .selectFrom('interaction')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      const [interaction] = await withPeople([row]);
      return interaction;
    },

    async save(interaction) {
      const { owner_id: _owner, id: _id, ...fields } = toRow(ownerId, interaction);
      await db
        .updateTable('interaction')
        .set(fields)
        .where('owner_id', '=', ownerId)
        .where('id', '=', interaction.id)
        .execute();
      await db
        .deleteFrom('interaction_person')
        .where('owner_id', '=', ownerId)
        .where('interaction_id', '=', interaction.id)
        .execute();
      await insertPeople([interaction]);
    },

    async remove(id) {
      const result = await db
        .deleteFrom('interaction')
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async list({ personId, limit }) {
      let query = db.selectFrom('interaction').selectAll('interaction').where('interaction.owner_id', '=', ownerId);
      if (personId) {
        query = query.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('interaction_person')
              .select('interaction_person.person_id')
              .where('interaction_person.owner_id', '=', ownerId)
              .whereRef('interaction_person.interaction_id', '=', 'interaction.id')
              .where('interaction_person.person_id', '=', personId),
          ),
        );
      }
      const rows = await query
        .orderBy('interaction.occurred_on', 'desc')
        .orderBy('interaction.occurred_at', 'desc')
        .orderBy('interaction.id', 'desc')
        .limit(limit)
        .execute();
      return withPeople(rows);
    },

    async refreshLastInteraction(personIds) {
      const latest = (eb: ExpressionBuilder<Database, 'person'>) =>
        eb
          .selectFrom('interaction_person')
          .select((sub) => sub.fn.max('interaction_person.occurred_on').as('last'))
          .where('interaction_person.owner_id', '=', ownerId)
          .whereRef('interaction_person.person_id', '=', 'person.id');
      if (personIds === undefined) {
        await db
          .updateTable('person')
          .set((eb) => ({ last_interaction_on: latest(eb) }))
          .where('owner_id', '=', ownerId)
          .execute();
        return;
      }
      for (const ids of chunk([...new Set(personIds)], 500)) {
        await db
          .updateTable('person')
          .set((eb) => ({ last_interaction_on: latest(eb) }))
          .where('owner_id', '=', ownerId)
          .where('id', 'in', ids)
          .execute();
      }
    },
  };
}
