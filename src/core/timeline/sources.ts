import type { Person } from '../people/schema.js';
import type { OwnerRepos } from '../repos.js';
import { localDateOf } from '../shared/dates.js';
import type { TimelineEntry } from './schema.js';

export type TimelineContext = { repos: OwnerRepos; person: Person; timeZone: string; limit: number };

/** A source of timeline entries for one person: its newest `limit`, in any order. */
export type TimelineSource = (context: TimelineContext) => Promise<TimelineEntry[]>;

export const interactionEntries: TimelineSource = async ({ repos, person, limit }) => {
  const interactions = await repos.interactions.list({ personId: person.id, limit });
  return interactions.map((interaction) => ({
    kind: 'interaction',
    at: interaction.occurredAt,
    on: interaction.occurredOn,
    id: interaction.id,
    label: interaction.kind,
    summary: interaction.summary,
    detail: interaction.notes,
    personIds: interaction.personIds,
  }));
};

/**
 * How you met as the timeline says it: "Met: Logistics World", or as written when it
 * already says so ("Met at Logistics World", as meeting someone at an event records it).
 */
export function meetingWords(howMet: string): string {
  return /^met\b/i.test(howMet) ? howMet : `Met: ${howMet}`;
}

/** How you met (or when the person was added), and the person's notes: the record's own history. */
export const personRecordEntries: TimelineSource = async ({ person, timeZone }) => {
  const entries: TimelineEntry[] = [];
  const addedOn = localDateOf(new Date(person.createdAt), timeZone);
  // Without a day you met, the entry is the day the person was added, and says so.
  const howMet = person.howMet ? meetingWords(person.howMet) : null;
  entries.push({
    kind: person.metOn ? 'met' : 'added',
    at: person.metOn ?? person.createdAt,
    on: person.metOn ?? addedOn,
    id: null,
    label: null,
    summary: person.metOn ? (howMet ?? 'Met') : howMet ? `Added to kith. ${howMet}` : 'Added to kith',
    detail: null,
    personIds: [person.id],
  });
  if (person.notes) {
    entries.push({
      kind: 'note',
      at: person.updatedAt,
      on: localDateOf(new Date(person.updatedAt), timeZone),
      id: null,
      label: null,
      summary: person.notes.split('\n')[0] ?? '',
      detail: person.notes,
      personIds: [person.id],
    });
  }
  return entries;
};

/** Every source the timeline merges; shares and introductions add theirs here. */
export const timelineSources: TimelineSource[] = [interactionEntries, personRecordEntries];
