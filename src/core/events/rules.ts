import { addDays } from '../shared/dates.js';
import { invalidField } from '../shared/validate.js';
import type { KithEvent } from './schema.js';

type EventDays = Pick<KithEvent, 'startsOn' | 'endsOn'>;

/** An event's fields must agree with each other: it ends after it starts, and only a speaker has a talk title. */
export function checkEvent(event: Pick<KithEvent, 'startsOn' | 'endsOn' | 'role' | 'talkTitle'>): void {
  if (event.endsOn && event.endsOn < event.startsOn) {
    throw invalidField('endsOn', `must not be before the start (${event.startsOn})`);
  }
  if (event.talkTitle && event.role !== 'speaker') {
    throw invalidField('talkTitle', 'only an event where your role is speaker has a talk title');
  }
}

/** The last day of an event: its end date, or its start date for a one-day event. */
export function lastDay(event: EventDays): string {
  return event.endsOn ?? event.startsOn;
}

/**
 * The day you met someone at an event: the local day the meeting was recorded on, kept
 * within the event's days. That day is the best evidence of when you met; recorded after
 * the event (typing up cards at home), you met them on one of its days, and the last one
 * is the nearest (the follow-up counts from it anyway). Recording before the start is
 * refused by meetAtEvent, so the first clamp only holds for dates edited since. The
 * person's "met on", the meeting's interaction and the follow-up all use this one day.
 */
export function meetingDay(event: EventDays, recordedOn: string): string {
  if (recordedOn < event.startsOn) return event.startsOn;
  return recordedOn > lastDay(event) ? lastDay(event) : recordedOn;
}

const people = (count: number) => (count === 1 ? '1 person' : `${count} people`);

/**
 * New dates for an event must still hold the days you met people there (`meetingDays`,
 * one per person met, from meetingDay with its current dates): a meeting outside them
 * would say you met someone before the event began, and reopen their follow-up.
 */
export function checkMeetingsWithin(event: EventDays, meetingDays: readonly string[]): void {
  const before = meetingDays.filter((day) => day < event.startsOn).sort();
  const first = before[0];
  if (first !== undefined) {
    const when = before.at(-1) === first ? 'that day' : 'from that day';
    throw invalidField('startsOn', `must not be after ${first}: you met ${people(before.length)} here ${when}`);
  }
  const after = meetingDays.filter((day) => day > lastDay(event)).sort();
  const last = after.at(-1);
  if (last !== undefined) {
    const when = after[0] === last ? 'that day' : 'until that day';
    // A one-day event has no end date: its start is its last day.
    throw invalidField(
      event.endsOn ? 'endsOn' : 'startsOn',
      `must not be before ${last}: you met ${people(after.length)} here ${when}`,
    );
  }
}

/** When a follow-up with someone met at this event is due: `windowDays` after it ends. */
export function followUpDueOn(event: EventDays, windowDays: number): string {
  return addDays(lastDay(event), windowDays);
}
