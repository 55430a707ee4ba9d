import * as z from 'zod';
import { eventKinds, eventRoles, eventStatuses } from '../events/constants.js';
import { eventRelations, followUpStates } from '../events/schema.js';
import { interactionKinds } from '../interactions/constants.js';
import { introductionStatuses } from '../introductions/constants.js';
import { itemKinds, itemSources } from '../items/schema.js';
import { myCardSchema } from '../my-card/schema.js';
import { membershipRoles, organizationKinds } from '../organizations/constants.js';
import { tiers } from '../people/constants.js';
import { storedDay, storedDayOrMoment, storedEmail, storedMoment, storedMonthDay } from './stored-fields.js';

/**
 * The rows of every feature besides people and settings, as the JSON backup holds them:
 * one record per stored row, every column kept, so a restore writes back exactly what
 * was exported. Sessions, API tokens and sign-in links are not user data and are left out.
 *
 * Dates, moments and kinds are checked as kith writes them (a real day, one of the
 * kinds), so a backup edited by hand to hold "2026-02-31" or a kind kith does not know
 * is refused with the record and field named, instead of restored to fail later.
 */
const text = z.string();
const maybe = z.string().nullable();
const day = storedDay;
const maybeDay = storedDay.nullable();
const moment = storedMoment;
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

export const backupRecordSchemas = {
  organizations: z.object({
    id: text,
    name: text,
    sortName: text,
    kind: oneOf(organizationKinds),
    url: maybe,
    notes: maybe,
    memberSince: maybeDay,
    memberRole: oneOf(membershipRoles).nullable(),
    memberRenewsOn: maybeDay,
    memberReminderId: maybe,
    createdAt: moment,
    updatedAt: moment,
  }),
  /** People's roles in organizations, current or past. */
  affiliations: z.object({
    organizationId: text,
    personId: text,
    role: maybe,
    current: z.boolean(),
    createdAt: moment,
  }),
  events: z.object({
    id: text,
    name: text,
    kind: oneOf(eventKinds),
    startsOn: day,
    endsOn: maybeDay,
    location: maybe,
    url: maybe,
    organizationId: maybe,
    status: oneOf(eventStatuses),
    role: oneOf(eventRoles),
    talkTitle: maybe,
    talkDescription: maybe,
    talkItemId: maybe,
    notes: maybe,
    createdAt: moment,
    updatedAt: moment,
  }),
  /** People met (with their follow-up state) or attending at each event. */
  eventPeople: z.object({
    eventId: text,
    personId: text,
    relation: oneOf(eventRelations),
    note: maybe,
    followUp: oneOf(followUpStates).nullable(),
    followUpAt: moment.nullable(),
    createdAt: moment,
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
    createdAt: moment,
  }),
  items: z.object({
    id: text,
    kind: oneOf(itemKinds),
    title: text,
    url: maybe,
    source: oneOf(itemSources),
    text: text,
    summary: maybe,
    topics: z.array(z.string()),
    company: maybe,
    role: maybe,
    location: maybe,
    archived: z.boolean(),
    createdAt: moment,
    updatedAt: moment,
  }),
  interactions: z.object({
    id: text,
    occurredAt: storedDayOrMoment,
    occurredOn: day,
    kind: oneOf(interactionKinds),
    summary: text,
    notes: maybe,
    eventId: maybe,
    createdAt: moment,
    updatedAt: moment,
    /** Who took part, by person id (sorted). */
    participants: z.array(z.string()),
  }),
  reminders: z.object({
    id: text,
    personId: maybe,
    text: text,
    dueOn: day,
    snoozedUntil: maybeDay,
    doneAt: moment.nullable(),
    createdAt: moment,
    updatedAt: moment,
  }),
  occasions: z.object({ id: text, personId: text, label: text, date: storedMonthDay, createdAt: moment }),
  /** Each person's keep-in-touch state: snooze and drift silence (the last interaction day is recomputed on restore). */
  contactStates: z.object({
    personId: text,
    snoozedUntil: maybeDay,
    driftSilencedUntil: maybeDay,
  }),
  /** When and where the daily digest goes (one row, when the owner has set it). */
  digestSettings: z.object({
    email: z.boolean(),
    /** Where the email goes (null: the account's address); absent in backups from before it could be set. */
    address: storedEmail.nullable().optional(),
    hour: z.number().int().min(0, 'must be an hour from 0 to 23').max(23, 'must be an hour from 0 to 23'),
    /** ISO weekdays as digits, 1 (Monday) to 7: "12345". */
    weekdays: z.string().regex(/^[1-7]+$/, 'must be weekday digits 1 to 7, such as 12345'),
    webhookUrl: maybe,
    webhookSecret: maybe,
    unsubscribeToken: text,
    updatedAt: moment,
  }),
  /** The days someone was suggested on the daily list (drift suggestions read them). */
  suggestions: z.object({ personId: text, shownOn: day }),
  /** The daily list's dormant ties and plain hellos, one of a kind a day, and their dismissals. */
  todayPicks: z.object({ kind: oneOf(['reconnect', 'hello']), shownOn: day, personId: text, dismissedOn: maybeDay }),
  /** Tier-size advice answered, per tier, at the size the tier then had. */
  tierAdvice: z.object({ tier: oneOf(tiers), answeredSize: z.number(), answeredOn: day }),
  shares: z.object({ id: text, itemId: text, personId: text, sharedAt: moment, note: maybe }),
  /** Items the daily list proposed sending to someone, and the day (each pair once). */
  giftSuggestions: z.object({ itemId: text, personId: text, shownOn: day }),
  introductions: z.object({
    id: text,
    personAId: text,
    personBId: text,
    reason: text,
    status: oneOf(introductionStatuses),
    suggestedOn: day,
    askedAOn: maybeDay,
    askedBOn: maybeDay,
    madeOn: maybeDay,
    declinedOn: maybeDay,
    followUpDue: maybeDay,
    followUpReminderId: maybe,
    followedUpOn: maybeDay,
    createdAt: moment,
    updatedAt: moment,
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
    updatedAt: moment,
  }),
  /** Suggested pairs you dismissed, with your feedback. */
  introductionDismissals: z.object({ personAId: text, personBId: text, feedback: maybe, dismissedAt: moment }),
  /** Your own card: what is on it and which fields it shows (its link is a credential and is not kept). */
  myCard: z.object({ card: myCardSchema, updatedAt: moment }),
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
