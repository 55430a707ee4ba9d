import type { Person } from '../people/schema.js';
import type { EventFilter, EventPerson, KithEvent } from './schema.js';

/** What prep and the sources report need of each person (no emails, tags or notes). */
export type NetworkPerson = Pick<
  Person,
  'id' | 'displayName' | 'tier' | 'cadenceDays' | 'company' | 'location' | 'metOn' | 'archived'
>;

/** A follow-up still open, with what the list shows about its person and event. */
export type OpenFollowUp = {
  personId: string;
  personName: string;
  event: Pick<KithEvent, 'id' | 'name' | 'startsOn' | 'endsOn'>;
  note: string | null;
  /** When the person was linked to the event (met there, or listed as attending first). */
  linkedAt: string;
};

/** Per person: the last day of any interaction, and of one in person (a meeting, meal or event). */
export type ContactHistory = { personId: string; lastOn: string; lastInPersonOn: string | null };

/** What the event use-cases need from storage, already scoped to one owner. */
export type EventsRepo = {
  insert(event: KithEvent): Promise<void>;
  get(id: string): Promise<KithEvent | undefined>;
  getMany(ids: readonly string[]): Promise<KithEvent[]>;
  save(event: KithEvent): Promise<void>;
  /** Deletes the event and its people links; returns how many links went with it. */
  remove(id: string): Promise<{ removed: boolean; links: number }>;
  /** Events in date order (most recent first). */
  list(filter: EventFilter): Promise<KithEvent[]>;
  /** Sets organizationId to null on every event of this organization; returns how many. */
  clearOrganization(organizationId: string): Promise<number>;
  getLink(eventId: string, personId: string): Promise<EventPerson | undefined>;
  /** Inserts or replaces the link of one person to one event. */
  saveLink(link: EventPerson): Promise<void>;
  linksForEvent(eventId: string): Promise<EventPerson[]>;
  /** Every link for these events (or all links when no ids are given). */
  links(filter?: {
    eventIds?: readonly string[];
    personId?: string;
    followUp?: EventPerson['followUp'];
  }): Promise<EventPerson[]>;
  /** Sets event_id to null on the interactions logged at this event; returns how many. */
  unlinkInteractions(eventId: string): Promise<number>;
  /**
   * Follow-ups still open: people met (not archived) at events not skipped, not
   * dismissed, and with no interaction since the event's first day other than those
   * logged at the event itself (the meeting).
   */
  /** `endedOnOrAfter`: only events whose last day is on or after it. */
  openFollowUps(filter?: { eventId?: string; endedOnOrAfter?: string }): Promise<OpenFollowUp[]>;
  /** Everyone in the network, archived or not, with only the fields prep and sources read. */
  networkPeople(): Promise<NetworkPerson[]>;
  /** Last interaction days for everyone with at least one. */
  contactHistory(): Promise<ContactHistory[]>;
};
