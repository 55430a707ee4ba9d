import { z } from 'zod';
import { personSchema } from '../people/schema.js';
import type { OwnerRepos } from '../repos.js';
import { settingsSchema } from '../settings/schema.js';

/**
 * One feature's part of the JSON backup. Each feature that stores data adds one
 * section here: export returns its rows in a stable order (sorted by id) so that
 * export → restore → export is byte-identical; restore writes them back into an empty
 * owner. Sections restore in list order, so a section comes after those it refers to.
 */
export type BackupSection<Content> = {
  name: string;
  schema: z.ZodType<Content>;
  export(repos: OwnerRepos): Promise<Content>;
  restore(repos: OwnerRepos, content: Content): Promise<void>;
  /** How many rows the content holds, for the restore summary. */
  count(content: Content): number;
  /** Whether the owner holds no rows of this section yet (restore only fills an empty owner). */
  isEmpty(repos: OwnerRepos): Promise<boolean>;
};

const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export const peopleSection: BackupSection<z.output<typeof personSchema>[]> = {
  name: 'people',
  schema: z.array(personSchema),
  async export(repos) {
    return byId(await repos.people.all());
  },
  async restore(repos, people) {
    await repos.people.insert(people);
  },
  count: (people) => people.length,
  isEmpty: async (repos) => (await repos.people.count()) === 0,
};

export const settingsSection: BackupSection<z.output<typeof settingsSchema>> = {
  name: 'settings',
  schema: settingsSchema,
  export: (repos) => repos.settings.get(),
  restore: (repos, settings) => repos.settings.save(settings),
  count: () => 1,
  isEmpty: async () => true,
};

/**
 * Every section of a backup, in restore order. Interactions, reminders, events,
 * organizations, items, shares and introductions add theirs here as they land.
 */
// biome-ignore lint/suspicious/noExplicitAny: sections hold different content types; each checks its own with its schema
export const backupSections: readonly BackupSection<any>[] = [settingsSection, peopleSection];
