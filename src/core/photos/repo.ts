import type { PersonPhoto } from './schema.js';

/** People's photos, scoped to one owner. */
export type PhotosRepo = {
  get(personId: string): Promise<PersonPhoto | undefined>;
  /** The photos of these people (only those who have one), by person id. */
  getMany(personIds: readonly string[]): Promise<Map<string, PersonPhoto>>;
  /** Which people have a photo, and its version: for avatars in lists. */
  versions(): Promise<{ personId: string; hash: string }[]>;
  /** Stores a person's photo, replacing any they had. */
  save(photo: PersonPhoto): Promise<void>;
  /** Removes a person's photo; false when they had none. */
  remove(personId: string): Promise<boolean>;
};
