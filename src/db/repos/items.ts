import type { Kysely, Selectable } from 'kysely';
import type { ItemsRepo } from '../../core/items/repo.js';
import type { Item, ItemKind, ItemSource } from '../../core/items/schema.js';
import { decodeCursor, encodeCursor } from '../../core/shared/pagination.js';
import type { Database, ItemTable } from '../schema.js';

function toRow(ownerId: string, item: Item): ItemTable {
  return {
    owner_id: ownerId,
    id: item.id,
    kind: item.kind,
    title: item.title,
    url: item.url,
    source: item.source,
    text: item.text,
    summary: item.summary,
    topics: JSON.stringify(item.topics),
    company: item.company,
    role: item.role,
    location: item.location,
    archived: item.archived ? 1 : 0,
    created_at: item.createdAt,
    updated_at: item.updatedAt,
  };
}

function parseTopics(stored: string): string[] {
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter((topic): topic is string => typeof topic === 'string') : [];
  } catch {
    return [];
  }
}

function fromRow(row: Selectable<ItemTable>): Item {
  return {
    id: row.id,
    kind: row.kind as ItemKind,
    title: row.title,
    url: row.url,
    source: row.source as ItemSource,
    text: row.text,
    summary: row.summary,
    topics: parseTopics(row.topics),
    company: row.company,
    role: row.role,
    location: row.location,
    archived: Number(row.archived) === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function itemsRepo(db: Kysely<Database>, ownerId: string): ItemsRepo {
  return {
    async insert(item) {
      await db.insertInto('item').values(toRow(ownerId, item)).execute();
    },

    async get(id) {
      const row = await db
        .selectFrom('item')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },

    async save(item) {
      const { owner_id: _owner, id: _id, ...fields } = toRow(ownerId, item);
      await db.updateTable('item').set(fields).where('owner_id', '=', ownerId).where('id', '=', item.id).execute();
    },

    // Newest first: ids are ULIDs, so id order is creation order.
    async list(filter) {
      let query = db.selectFrom('item').selectAll().where('owner_id', '=', ownerId);
      if (filter.archived === 'exclude') query = query.where('archived', '=', 0);
      if (filter.archived === 'only') query = query.where('archived', '=', 1);
      if (filter.kind) query = query.where('kind', '=', filter.kind);
      if (filter.cursor) {
        const [lastId] = decodeCursor(filter.cursor);
        query = query.where('id', '<', String(lastId));
      }
      const rows = await query
        .orderBy('id', 'desc')
        .limit(filter.limit + 1)
        .execute();
      const items = rows.slice(0, filter.limit).map(fromRow);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > filter.limit && last ? encodeCursor([last.id]) : null };
    },
  };
}
