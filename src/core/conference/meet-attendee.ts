import { KithError } from '../errors.js';
import { meetAtEvent } from '../events/meet-at-event.js';
import type { MeetResult } from '../events/schema.js';
import { type Deps, inTransaction } from '../repos.js';
import { parseInput } from '../shared/validate.js';
import { type MeetAttendeeInput, meetAttendeeSchema } from './schema.js';

/**
 * "Met them" from an event's attendee list: someone you know is recorded as met; a
 * stranger becomes a person only now, from the row (name, company, title, email,
 * profile), linked to the event with the meeting logged, and the row remembers them.
 */
export async function meetAttendee(
  deps: Deps,
  eventId: string,
  attendeeId: string,
  input: MeetAttendeeInput = {},
): Promise<MeetResult> {
  const { note } = parseInput(meetAttendeeSchema, input);
  return inTransaction(deps, async (tx) => {
    const attendee = await tx.repos.attendees.get(eventId, attendeeId);
    if (!attendee) throw new KithError('NOT_FOUND', `No attendee ${attendeeId} on this event's list`);
    const known = attendee.personId ? await tx.repos.people.get(attendee.personId) : undefined;
    const result = await meetAtEvent(
      tx,
      eventId,
      known
        ? { personId: known.id, note }
        : {
            newPerson: {
              displayName: attendee.name,
              company: attendee.company,
              title: attendee.title,
              emails: attendee.email ? [{ value: attendee.email }] : [],
              links: attendee.profileUrl ? [{ url: attendee.profileUrl }] : [],
            },
            note,
          },
    );
    await tx.repos.attendees.setPerson(eventId, attendee.id, result.person.id);
    return result;
  });
}
