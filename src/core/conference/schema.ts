import * as z from 'zod';
import { idSchema, isoDateSchema, optionalText, urlSchema } from '../shared/fields.js';

/** A row of an event's attendee or speaker list: not a person until you meet them. */
export const attendeeSchema = z.object({
  id: z.string(),
  eventId: z.string(),
  /** The row's line in the imported file. */
  line: z.number(),
  name: z.string(),
  company: z.string().nullable(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  profileUrl: z.string().nullable(),
  /** The person in your network this row is (dedupe's match at import, or who you met). */
  personId: z.string().nullable(),
  /** Why the row was matched to that person, in words. */
  matchEvidence: z.string().nullable(),
  createdAt: z.string(),
});
export type Attendee = z.output<typeof attendeeSchema>;

/** One attendee as the list shows it: whom they are in your network, and why to find them. */
export const attendeeViewSchema = attendeeSchema.extend({
  person: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  /** Already recorded as met at this event. */
  met: z.boolean(),
  reasons: z.array(z.string()),
});
export type AttendeeView = z.output<typeof attendeeViewSchema>;

export const attendeeListSchema = z.object({
  event: z.object({ id: z.string(), name: z.string() }),
  total: z.number(),
  /** How many rows are people you know ("you know 7 people here"). */
  known: z.number(),
  /** People you know worth finding, with why, best first. */
  toFind: z.array(attendeeViewSchema),
  /** People not yet known whose title or company meets your topics. */
  strangers: z.array(attendeeViewSchema),
  /** Every row, in the file's order. */
  attendees: z.array(attendeeViewSchema),
});
export type AttendeeList = z.output<typeof attendeeListSchema>;

export const importAttendeesSchema = z.object({
  csv: z.string().max(4_000_000, 'must be at most 4 MB'),
});
export type ImportAttendeesInput = z.input<typeof importAttendeesSchema>;

export const meetAttendeeSchema = z.object({ note: optionalText(2000) });
export type MeetAttendeeInput = z.input<typeof meetAttendeeSchema>;

/** Someone who might want the slides of your talk, with why. */
export const talkSuggestionsSchema = z.object({
  event: z.object({ id: z.string(), name: z.string(), talkTitle: z.string().nullable() }),
  /** The item holding the slides, once first sent. */
  itemId: z.string().nullable(),
  suggestions: z.array(z.object({ id: z.string(), name: z.string(), score: z.number(), reasons: z.array(z.string()) })),
  /** Already sent to. */
  sentTo: z.array(z.object({ personId: z.string(), sharedOn: z.string() })),
});
export type TalkSuggestions = z.output<typeof talkSuggestionsSchema>;

export const sendSlidesSchema = z.object({
  personId: idSchema,
  /** Where the slides are (kept on the item the first time). */
  slidesUrl: urlSchema.optional(),
  note: optionalText(2000),
});
export type SendSlidesInput = z.input<typeof sendSlidesSchema>;

export const asOfSchema = z.object({ asOf: isoDateSchema.optional() });

/** A follow-up owed the morning after an event, with a drafted message. */
export const morningFollowUpSchema = z.object({
  personId: z.string(),
  personName: z.string(),
  eventId: z.string(),
  eventName: z.string(),
  metOn: z.string(),
  note: z.string().nullable(),
  /** What the draft drew on: their need, the topic talked about, an item that fits. */
  need: z.string().nullable(),
  item: z.object({ id: z.string(), title: z.string(), url: z.string().nullable() }).nullable(),
  draft: z.string(),
});
export type MorningFollowUp = z.output<typeof morningFollowUpSchema>;
export const nextMorningSchema = z.object({ today: z.string(), followUps: z.array(morningFollowUpSchema) });
export type NextMorning = z.output<typeof nextMorningSchema>;
