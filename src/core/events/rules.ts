import { addDays } from '../shared/dates.js';
import { invalidField } from '../shared/validate.js';
import type { KithEvent } from './schema.js';

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
export function lastDay(event: Pick<KithEvent, 'startsOn' | 'endsOn'>): string {
  return event.endsOn ?? event.startsOn;
}

/** When a follow-up with someone met at this event is due: `windowDays` after it ends. */
export function followUpDueOn(event: Pick<KithEvent, 'startsOn' | 'endsOn'>, windowDays: number): string {
  return addDays(lastDay(event), windowDays);
}
