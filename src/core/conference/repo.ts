import type { Attendee } from './schema.js';

/** An event's imported attendee list, already scoped to one owner. */
export type AttendeesRepo = {
  /** Replaces the event's whole list with these rows. */
  replace(eventId: string, attendees: readonly Attendee[]): Promise<void>;
  /** The event's list in the file's order. */
  list(eventId: string): Promise<Attendee[]>;
  get(eventId: string, id: string): Promise<Attendee | undefined>;
  /** Links a row to the person it is (after meeting them). */
  setPerson(eventId: string, id: string, personId: string): Promise<void>;
  /** Rows matched to `from` now name `to` (a merge). */
  movePerson(from: string, to: string): Promise<void>;
};
