import * as z from 'zod';
import { myCardSchema } from '../my-card/schema.js';

/**
 * The rows of every feature besides people and settings, as the JSON backup holds them:
 * one record per stored row, every column kept, so a restore writes back exactly what
 * was exported. Sessions, API tokens and sign-in links are not user data and are left out.
 */
const text = z.string();
const maybe = z.string().nullable();

export const backupRecordSchemas = {
  organizations: z.object({
    id: text,
    name: text,
    sortName: text,
    kind: text,
    url: maybe,
    notes: maybe,
    memberSince: maybe,
    memberRole: maybe,
    memberRenewsOn: maybe,
    memberReminderId: maybe,
    createdAt: text,
    updatedAt: text,
  }),
  /** People's roles in organizations, current or past. */
  affiliations: z.object({ organizationId: text, personId: text, role: maybe, current: z.boolean(), createdAt: text }),
  events: z.object({
    id: text,
    name: text,
    kind: text,
    startsOn: text,
    endsOn: maybe,
    location: maybe,
    url: maybe,
    organizationId: maybe,
    status: text,
    role: text,
    talkTitle: maybe,
    talkDescription: maybe,
    talkItemId: maybe,
    notes: maybe,
    createdAt: text,
    updatedAt: text,
  }),
  /** People met (with their follow-up state) or attending at each event. */
  eventPeople: z.object({
    eventId: text,
    personId: text,
    relation: text,
    note: maybe,
    followUp: maybe,
    followUpAt: maybe,
    createdAt: text,
  }),
  /** Imported attendee or speaker lists (not people), with the person each row matched. */
  eventAttendees: z.object({
    eventId: text,
    id: text,
    line: z.number(),
    name: text,
    company: maybe,
    title: maybe,
    email: maybe,
    profileUrl: maybe,
    personId: maybe,
    matchEvidence: maybe,
    createdAt: text,
  }),
  items: z.object({
    id: text,
    kind: text,
    title: text,
    url: maybe,
    source: text,
    text: text,
    summary: maybe,
    topics: z.array(z.string()),
    company: maybe,
    role: maybe,
    location: maybe,
    archived: z.boolean(),
    createdAt: text,
    updatedAt: text,
  }),
  interactions: z.object({
    id: text,
    occurredAt: text,
    occurredOn: text,
    kind: text,
    summary: text,
    notes: maybe,
    eventId: maybe,
    createdAt: text,
    updatedAt: text,
    /** Who took part, by person id (sorted). */
    participants: z.array(z.string()),
  }),
  reminders: z.object({
    id: text,
    personId: maybe,
    text: text,
    dueOn: text,
    snoozedUntil: maybe,
    doneAt: maybe,
    createdAt: text,
    updatedAt: text,
  }),
  occasions: z.object({ id: text, personId: text, label: text, date: text, createdAt: text }),
  /** Each person's keep-in-touch state: snooze and drift silence (the last interaction day is recomputed on restore). */
  contactStates: z.object({
    personId: text,
    snoozedUntil: maybe,
    driftSilencedUntil: maybe,
  }),
  /** When and where the daily digest goes (one row, when the owner has set it). */
  digestSettings: z.object({
    email: z.boolean(),
    hour: z.number(),
    weekdays: text,
    webhookUrl: maybe,
    webhookSecret: maybe,
    unsubscribeToken: text,
    updatedAt: text,
  }),
  /** The days someone was suggested on the daily list (drift suggestions read them). */
  suggestions: z.object({ personId: text, shownOn: text }),
  /** The daily list's dormant ties and plain hellos, one of a kind a day, and their dismissals. */
  todayPicks: z.object({ kind: text, shownOn: text, personId: text, dismissedOn: maybe }),
  /** Tier-size advice answered, per tier, at the size the tier then had. */
  tierAdvice: z.object({ tier: text, answeredSize: z.number(), answeredOn: text }),
  shares: z.object({ id: text, itemId: text, personId: text, sharedAt: text, note: maybe }),
  /** Items the daily list proposed sending to someone, and the day (each pair once). */
  giftSuggestions: z.object({ itemId: text, personId: text, shownOn: text }),
  introductions: z.object({
    id: text,
    personAId: text,
    personBId: text,
    reason: text,
    status: text,
    suggestedOn: text,
    askedAOn: maybe,
    askedBOn: maybe,
    madeOn: maybe,
    declinedOn: maybe,
    followUpDue: maybe,
    followUpReminderId: maybe,
    followedUpOn: maybe,
    createdAt: text,
    updatedAt: text,
  }),
  /** Address-book cards: the name, UID and raw vCard properties a phone gave a person's card. */
  davCards: z.object({ personId: text, href: text, uid: text, extras: z.array(z.string()) }),
  /** People's photos: the resized picture as base64, or a link kith never fetches. */
  photos: z.object({
    personId: text,
    contentType: maybe,
    data: maybe,
    url: maybe,
    width: z.number().nullable(),
    height: z.number().nullable(),
    hash: text,
    updatedAt: text,
  }),
  /** Suggested pairs you dismissed, with your feedback. */
  introductionDismissals: z.object({ personAId: text, personBId: text, feedback: maybe, dismissedAt: text }),
  /** Your own card: what is on it and which fields it shows (its link is a credential and is not kept). */
  myCard: z.object({ card: myCardSchema, updatedAt: text }),
} as const;

export type BackupRecordKind = keyof typeof backupRecordSchemas;
export type BackupRecord<K extends BackupRecordKind> = z.output<(typeof backupRecordSchemas)[K]>;

/** Storage for the backup: every row of one kind in a stable order, and batched writes into an empty owner. */
export type BackupRepo = {
  /** Every row of the kind, sorted by id (or by person and day for rows without an id). */
  read<K extends BackupRecordKind>(kind: K): Promise<BackupRecord<K>[]>;
  write<K extends BackupRecordKind>(kind: K, records: readonly BackupRecord<K>[]): Promise<void>;
  count(kind: BackupRecordKind): Promise<number>;
};
