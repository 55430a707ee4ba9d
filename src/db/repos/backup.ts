import type { Kysely } from 'kysely';
import type { BackupRecord, BackupRecordKind, BackupRepo } from '../../core/backup/records.js';
import type { Database } from '../schema.js';
import { chunk } from './chunk.js';

type Row = Record<string, unknown>;

/** Where each record kind lives, its stable order, and what differs from a plain column copy. */
type Spec = {
  table: keyof Database;
  orderBy: string[];
  fromRow?: (record: Row, row: Row) => void;
  toRow?: (row: Row, record: Row) => void;
};

const specs: Record<BackupRecordKind, Spec> = {
  organizations: { table: 'organization', orderBy: ['id'] },
  affiliations: {
    table: 'affiliation',
    orderBy: ['organization_id', 'person_id'],
    fromRow: (record, row) => {
      record.current = Number(row.current) === 1;
    },
    toRow: (row, record) => {
      row.current = record.current ? 1 : 0;
    },
  },
  events: { table: 'event', orderBy: ['id'] },
  eventPeople: { table: 'event_person', orderBy: ['event_id', 'person_id'] },
  eventAttendees: {
    table: 'event_attendee',
    orderBy: ['event_id', 'id'],
    fromRow: (record, row) => {
      record.line = Number(row.line);
    },
  },
  items: {
    table: 'item',
    orderBy: ['id'],
    fromRow: (record, row) => {
      record.topics = JSON.parse(row.topics as string);
      record.archived = Number(row.archived) === 1;
    },
    toRow: (row, record) => {
      row.topics = JSON.stringify(record.topics);
      row.archived = record.archived ? 1 : 0;
    },
  },
  interactions: { table: 'interaction', orderBy: ['id'] },
  reminders: { table: 'reminder', orderBy: ['id'] },
  occasions: { table: 'occasion', orderBy: ['id'] },
  contactStates: { table: 'contact_state', orderBy: ['person_id'] },
  suggestions: { table: 'suggestion', orderBy: ['person_id', 'shown_on'] },
  todayPicks: { table: 'today_pick', orderBy: ['kind', 'shown_on'] },
  tierAdvice: {
    table: 'tier_advice',
    orderBy: ['tier'],
    fromRow: (record, row) => {
      record.answeredSize = Number(row.answered_size);
    },
  },
  shares: { table: 'share', orderBy: ['id'] },
  giftSuggestions: { table: 'gift_suggestion', orderBy: ['item_id', 'person_id'] },
  introductions: { table: 'introduction', orderBy: ['id'] },
  digestSettings: {
    table: 'digest_setting',
    orderBy: ['owner_id'],
    fromRow: (record, row) => {
      record.email = Number(row.email) === 1;
      record.hour = Number(row.hour);
    },
    toRow: (row, record) => {
      row.email = record.email ? 1 : 0;
    },
  },
  davCards: {
    table: 'dav_card',
    orderBy: ['person_id'],
    fromRow: (record, row) => {
      record.extras = JSON.parse(row.extras as string);
    },
    toRow: (row, record) => {
      row.extras = JSON.stringify(record.extras);
    },
  },
  introductionDismissals: { table: 'introduction_dismissal', orderBy: ['person_a_id', 'person_b_id'] },
  photos: {
    table: 'person_photo',
    orderBy: ['person_id'],
    fromRow: (record, row) => {
      record.width = row.width === null ? null : Number(row.width);
      record.height = row.height === null ? null : Number(row.height);
    },
  },
  myCard: {
    table: 'my_card',
    orderBy: ['owner_id'],
    fromRow: (record, row) => {
      record.card = JSON.parse(row.card as string);
    },
    toRow: (row, record) => {
      row.card = JSON.stringify(record.card);
    },
  },
};

const camel = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
const snake = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Rows per insert: at most 16 columns × 200 rows, well under both databases' bound-parameter limits. */
const BATCH = 200;

export function backupRepo(typed: Kysely<Database>, ownerId: string): BackupRepo {
  // One generic copy for every table: the table names come from `specs`, the columns
  // from the rows themselves, and every query filters by owner_id.
  // biome-ignore lint/suspicious/noExplicitAny: table and column names are chosen at run time from `specs`
  const db = typed as unknown as Kysely<any>;

  function fromRow(spec: Spec, row: Row): Row {
    const record: Row = {};
    for (const [column, value] of Object.entries(row)) {
      if (column !== 'owner_id') record[camel(column)] = value;
    }
    spec.fromRow?.(record, row);
    return record;
  }

  function toRow(spec: Spec, record: Row): Row {
    const row: Row = { owner_id: ownerId };
    for (const [key, value] of Object.entries(record)) row[snake(key)] = value;
    spec.toRow?.(row, record);
    return row;
  }

  async function participants(): Promise<Map<string, string[]>> {
    const links = await db
      .selectFrom('interaction_person')
      .select(['interaction_id', 'person_id'])
      .where('owner_id', '=', ownerId)
      .orderBy('interaction_id')
      .orderBy('person_id')
      .execute();
    const byInteraction = new Map<string, string[]>();
    for (const link of links) {
      const list = byInteraction.get(link.interaction_id) ?? [];
      list.push(link.person_id);
      byInteraction.set(link.interaction_id, list);
    }
    return byInteraction;
  }

  return {
    async read<K extends BackupRecordKind>(kind: K): Promise<BackupRecord<K>[]> {
      const spec = specs[kind];
      let query = db.selectFrom(spec.table).selectAll().where('owner_id', '=', ownerId);
      for (const column of spec.orderBy) query = query.orderBy(column);
      const records = (await query.execute()).map((row) => fromRow(spec, row));
      if (kind === 'interactions') {
        const byInteraction = await participants();
        for (const record of records) record.participants = byInteraction.get(record.id as string) ?? [];
      }
      return records as BackupRecord<K>[];
    },

    async write(kind, records) {
      const spec = specs[kind];
      if (kind === 'interactions') {
        const rows = (records as readonly BackupRecord<'interactions'>[]).map(({ participants: _, ...record }) =>
          toRow(spec, record),
        );
        for (const batch of chunk(rows, BATCH)) await db.insertInto(spec.table).values(batch).execute();
        const links = (records as readonly BackupRecord<'interactions'>[]).flatMap((record) =>
          record.participants.map((personId) => ({
            owner_id: ownerId,
            interaction_id: record.id,
            person_id: personId,
            occurred_on: record.occurredOn,
          })),
        );
        for (const batch of chunk(links, BATCH)) await db.insertInto('interaction_person').values(batch).execute();
        return;
      }
      const rows = records.map((record) => toRow(spec, record as Row));
      for (const batch of chunk(rows, BATCH)) await db.insertInto(spec.table).values(batch).execute();
    },

    async count(kind) {
      const row = await db
        .selectFrom(specs[kind].table)
        .select((eb) => eb.fn.countAll().as('count'))
        .where('owner_id', '=', ownerId)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
  };
}
