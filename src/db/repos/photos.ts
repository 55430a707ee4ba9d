import type { Kysely, Selectable } from 'kysely';
import type { PhotosRepo } from '../../core/photos/repo.js';
import type { PersonPhoto } from '../../core/photos/schema.js';
import type { Database, PersonPhotoTable } from '../schema.js';
import { chunk } from './chunk.js';

function photoOf(row: Selectable<PersonPhotoTable>): PersonPhoto {
  if (row.data !== null) {
    return {
      personId: row.person_id,
      kind: 'image',
      contentType: row.content_type === 'image/webp' ? 'image/webp' : 'image/jpeg',
      data: row.data,
      width: Number(row.width ?? 0),
      height: Number(row.height ?? 0),
      hash: row.hash,
      updatedAt: row.updated_at,
    };
  }
  return { personId: row.person_id, kind: 'link', url: row.url ?? '', hash: row.hash, updatedAt: row.updated_at };
}

export function photosRepo(db: Kysely<Database>, ownerId: string): PhotosRepo {
  const photos = () => db.selectFrom('person_photo').selectAll().where('owner_id', '=', ownerId);
  return {
    async get(personId) {
      const row = await photos().where('person_id', '=', personId).executeTakeFirst();
      return row && photoOf(row);
    },

    async getMany(personIds) {
      const found = new Map<string, PersonPhoto>();
      for (const batch of chunk([...new Set(personIds)], 500)) {
        for (const row of await photos().where('person_id', 'in', batch).execute()) {
          found.set(row.person_id, photoOf(row));
        }
      }
      return found;
    },

    async versions() {
      const rows = await db
        .selectFrom('person_photo')
        .select(['person_id', 'hash'])
        .where('owner_id', '=', ownerId)
        .orderBy('person_id')
        .execute();
      return rows.map((row) => ({ personId: row.person_id, hash: row.hash }));
    },

    async save(photo) {
      const row = {
        owner_id: ownerId,
        person_id: photo.personId,
        content_type: photo.kind === 'image' ? photo.contentType : null,
        data: photo.kind === 'image' ? photo.data : null,
        url: photo.kind === 'link' ? photo.url : null,
        width: photo.kind === 'image' ? photo.width : null,
        height: photo.kind === 'image' ? photo.height : null,
        hash: photo.hash,
        updated_at: photo.updatedAt,
      };
      const { owner_id: _, person_id: __, ...changes } = row;
      await db
        .insertInto('person_photo')
        .values(row)
        .onConflict((conflict) => conflict.columns(['owner_id', 'person_id']).doUpdateSet(changes))
        .execute();
    },

    async remove(personId) {
      const result = await db
        .deleteFrom('person_photo')
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
