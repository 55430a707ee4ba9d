import * as z from 'zod';
import { createPersonSchema, tierSchema } from '../people/schema.js';
import { idSchema, isoDateSchema, optionalText, requiredText, urlSchema } from '../shared/fields.js';
import { eventKinds, eventRoles, eventStatuses } from './constants.js';

export { eventKinds, eventRoles, eventStatuses } from './constants.js';

export type EventKind = (typeof eventKinds)[number];
export const eventKindSchema = z.enum(eventKinds, { error: `must be one of ${eventKinds.join(', ')}` });

export type EventStatus = (typeof eventStatuses)[number];
export const eventStatusSchema = z.enum(eventStatuses, { error: `must be one of ${eventStatuses.join(', ')}` });

export type EventRole = (typeof eventRoles)[number];
export const eventRoleSchema = z.enum(eventRoles, { error: `must be one of ${eventRoles.join(', ')}` });

const optionalId = idSchema.nullish().transform((value) => value ?? null);

const eventFields = {
  name: requiredText(200),
  kind: eventKindSchema,
  startsOn: isoDateSchema,
  endsOn: isoDateSchema.nullish().transform((value) => value ?? null),
  location: optionalText(300),
  url: urlSchema.nullish().transform((value) => value ?? null),
  organizationId: optionalId,
  status: eventStatusSchema,
  role: eventRoleSchema,
  /** The title of the talk you give there, when your role is speaker. */
  talkTitle: optionalText(300),
  /** What the talk is about: with the title, what finds the people to send the slides to. */
  talkDescription: optionalText(5000),
  notes: optionalText(100_000),
};

export const createEventSchema = z.object({
  ...eventFields,
  kind: eventKindSchema.default('other'),
  status: eventStatusSchema.default('planned'),
  role: eventRoleSchema.default('attendee'),
});
export type CreateEventInput = z.input<typeof createEventSchema>;

export const updateEventSchema = z.object(eventFields).partial();
export type UpdateEventInput = z.input<typeof updateEventSchema>;

export const eventSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: eventKindSchema,
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  location: z.string().nullable(),
  url: z.string().nullable(),
  organizationId: z.string().nullable(),
  status: eventStatusSchema,
  role: eventRoleSchema,
  talkTitle: z.string().nullable(),
  talkDescription: z.string().nullable(),
  /** The item holding the talk's slides, made when they are first sent. */
  talkItemId: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type KithEvent = z.output<typeof eventSchema>;

export const eventFilterSchema = z.object({
  status: eventStatusSchema.optional(),
  kind: eventKindSchema.optional(),
  organizationId: idSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(1000),
});
export type EventFilter = z.output<typeof eventFilterSchema>;

export const eventRelations = ['met', 'attending'] as const;
export type EventRelation = (typeof eventRelations)[number];

/** Only people you met have a follow-up: pending until dismissed (an interaction after meeting also closes it, see EventsRepo.openFollowUps). */
export const followUpStates = ['pending', 'dismissed'] as const;
export type FollowUpState = (typeof followUpStates)[number];

export const eventPersonSchema = z.object({
  eventId: z.string(),
  personId: z.string(),
  relation: z.enum(eventRelations),
  note: z.string().nullable(),
  followUp: z.enum(followUpStates).nullable(),
  followUpAt: z.string().nullable(),
  createdAt: z.string(),
});
export type EventPerson = z.output<typeof eventPersonSchema>;

/**
 * Someone you met at an event: `personId` links someone you know (and must exist);
 * `person` (an id or a name, as typed on the command line) links the one it matches,
 * and when it matches nobody `newPerson` is created; `newPerson` alone is quick capture.
 */
export const meetAtEventSchema = z
  .object({
    personId: idSchema.optional(),
    person: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional(),
    newPerson: createPersonSchema.optional(),
    note: optionalText(2000),
    /**
     * When you met, if not now: a capture queued offline is sent later, and the link and
     * the meeting keep the moment it was made.
     */
    metAt: z.iso.datetime({ offset: true, error: 'must be a date-time like 2026-03-01T14:30:00Z' }).optional(),
  })
  .refine((input) => [input.personId, input.person, input.newPerson].some((value) => value !== undefined), {
    message: 'give personId, person (an id or name) or newPerson',
    path: ['personId'],
  });
export type MeetAtEventInput = z.input<typeof meetAtEventSchema>;

export const attendingSchema = z.object({
  person: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  note: optionalText(2000),
});
export type AttendingInput = z.input<typeof attendingSchema>;

const personRef = z.object({ id: z.string(), displayName: z.string() });

export const meetResultSchema = z.object({
  event: eventSchema,
  person: personRef,
  created: z.boolean(),
  link: eventPersonSchema,
  /** The interaction logged for the meeting (null when nothing new was logged). */
  interactionId: z.string().nullable(),
});
export type MeetResult = z.output<typeof meetResultSchema>;

export const eventViewSchema = z.object({
  event: eventSchema,
  organization: z.object({ id: z.string(), name: z.string() }).nullable(),
  people: z.array(personRef.extend(eventPersonSchema.omit({ eventId: true, personId: true }).shape)),
});
export type EventView = z.output<typeof eventViewSchema>;

export const deleteEventResultSchema = z.object({
  event: eventSchema,
  unlinked: z.object({ people: z.number(), interactions: z.number() }),
});
export type DeleteEventResult = z.output<typeof deleteEventResultSchema>;

/** A follow-up owed to someone met at an event (the keep-in-touch daily list takes these). */
export const followUpSchema = z.object({
  personId: z.string(),
  personName: z.string(),
  eventId: z.string(),
  eventName: z.string(),
  metOn: z.string(),
  dueOn: z.string(),
  note: z.string().nullable(),
});
export type FollowUp = z.output<typeof followUpSchema>;

export const followUpFilterSchema = z.object({ eventId: idSchema.optional() });

export const prepPersonSchema = personRef.extend({
  tier: tierSchema,
  company: z.string().nullable(),
  location: z.string().nullable(),
  lastSpokeOn: z.string().nullable(),
  lastInPersonOn: z.string().nullable(),
  reasons: z.array(z.string()),
});
export type PrepPerson = z.output<typeof prepPersonSchema>;

export const eventPrepSchema = z.object({
  event: eventSchema,
  attending: z.array(prepPersonSchema),
  affiliated: z.array(prepPersonSchema),
  local: z.array(prepPersonSchema),
  mealSuggestions: z.array(prepPersonSchema),
});
export type EventPrep = z.output<typeof eventPrepSchema>;

export const sourceRowSchema = z.object({
  kind: z.enum(['event', 'organization']),
  id: z.string(),
  name: z.string(),
  introduced: z.number(),
  stillInTouch: z.number(),
});
export type SourceRow = z.output<typeof sourceRowSchema>;
export const sourcesReportSchema = z.object({ sources: z.array(sourceRowSchema) });
export type SourcesReport = z.output<typeof sourcesReportSchema>;

/**
 * An event as seen from one person's page: the event, how they were there, and for
 * someone met there the day you met (see meetingDay), null for someone attending.
 */
export const personEventSchema = z.object({
  event: eventSchema,
  link: eventPersonSchema,
  metOn: z.string().nullable(),
});
export type PersonEvent = z.output<typeof personEventSchema>;
