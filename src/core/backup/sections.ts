import * as z from 'zod';
import { personSchema } from '../people/schema.js';
import type { OwnerRepos } from '../repos.js';
import { settingsSchema } from '../settings/schema.js';
import { type BackupRecord, type BackupRecordKind, backupRecordSchemas } from './records.js';
import { storedDay, storedMoment, storedMonthDay } from './stored-fields.js';

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

/**
 * A person as the backup holds them: the stored shape, with dates checked as kith writes
 * them (a birthday of 31 February, edited in by hand, is refused before anything is written).
 */
const backupPersonSchema = personSchema.extend({
  birthday: storedMonthDay.nullable(),
  metOn: storedDay.nullable(),
  createdAt: storedMoment,
  updatedAt: storedMoment,
});

export const peopleSection: BackupSection<z.output<typeof personSchema>[]> = {
  name: 'people',
  schema: z.array(backupPersonSchema),
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

/** A section holding one kind of stored row, copied column for column through the backup repository. */
function recordSection<K extends BackupRecordKind>(kind: K): BackupSection<BackupRecord<K>[]> {
  return {
    name: kind,
    schema: z.array(backupRecordSchemas[kind]) as unknown as z.ZodType<BackupRecord<K>[]>,
    export: (repos) => repos.backup.read(kind),
    async restore(repos, records) {
      await repos.backup.write(kind, records);
      // each person's last interaction day is derived from the participants just written
      if (kind === 'interactions') await repos.interactions.refreshLastInteraction();
    },
    count: (records) => records.length,
    isEmpty: async (repos) => (await repos.backup.count(kind)) === 0,
  };
}

/**
 * Every section of a backup, in restore order: a section comes after those it refers
 * to (affiliations point at organizations and people; events at organizations; event
 * people at events and people; interactions at events and people; shares at items). Sessions, API tokens and sign-in links are not
 * backed up: they are credentials, not the user's network.
 */
// biome-ignore lint/suspicious/noExplicitAny: sections hold different content types; each checks its own with its schema
export const backupSections: readonly BackupSection<any>[] = [
  settingsSection,
  peopleSection,
  recordSection('organizations'),
  recordSection('affiliations'),
  recordSection('events'),
  recordSection('eventPeople'),
  recordSection('eventAttendees'),
  recordSection('items'),
  recordSection('interactions'),
  recordSection('reminders'),
  recordSection('occasions'),
  recordSection('contactStates'),
  recordSection('suggestions'),
  recordSection('todayPicks'),
  recordSection('tierAdvice'),
  recordSection('shares'),
  recordSection('giftSuggestions'),
  recordSection('introductions'),
  recordSection('digestSettings'),
  recordSection('davCards'),
  recordSection('introductionDismissals'),
  recordSection('photos'),
  recordSection('myCard'),
];
