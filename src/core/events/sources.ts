import type { Person } from '../people/schema.js';
import type { Settings } from '../settings/schema.js';
import { daysBetween } from '../shared/dates.js';
import type { LastContact } from './contact.js';
import type { EventPerson, KithEvent, SourceRow } from './schema.js';

/** Without a cadence (acquaintances by default), a contact within a year counts as in touch. */
export const NO_CADENCE_IN_TOUCH_DAYS = 365;

/** Whether you are still in touch: your last contact lies within the person's cadence. */
export function stillInTouch(
  person: Pick<Person, 'tier' | 'cadenceDays'>,
  lastSpokeOn: string | null,
  cadences: Settings['cadences'],
  today: string,
): boolean {
  if (!lastSpokeOn) return false;
  const cadence = person.cadenceDays ?? cadences[person.tier] ?? NO_CADENCE_IN_TOUCH_DAYS;
  return daysBetween(lastSpokeOn, today) <= cadence;
}

export type SourcesInput = {
  events: readonly KithEvent[];
  organizations: readonly { id: string; name: string }[];
  links: readonly EventPerson[];
  people: readonly Pick<Person, 'id' | 'tier' | 'cadenceDays'>[];
  lastContact: ReadonlyMap<string, LastContact>;
  cadences: Settings['cadences'];
  today: string;
};

/**
 * The sources of your network: each person counts for the event where you first met
 * them (the earliest), and for that event's organization; "still in touch" counts
 * those whose last contact is within their cadence. Most introductions first.
 */
export function sourcesReport(input: SourcesInput): SourceRow[] {
  const events = new Map(input.events.map((event) => [event.id, event]));
  const people = new Map(input.people.map((person) => [person.id, person]));
  const firstMet = new Map<string, KithEvent>();
  for (const link of input.links) {
    const event = events.get(link.eventId);
    if (link.relation !== 'met' || !event || !people.has(link.personId)) continue;
    const current = firstMet.get(link.personId);
    if (!current || event.startsOn < current.startsOn) firstMet.set(link.personId, event);
  }
  const rows = new Map<string, SourceRow>();
  const organizations = new Map(input.organizations.map((organization) => [organization.id, organization]));
  const count = (key: string, base: Omit<SourceRow, 'introduced' | 'stillInTouch'>, inTouch: boolean) => {
    const row = rows.get(key) ?? { ...base, introduced: 0, stillInTouch: 0 };
    row.introduced += 1;
    if (inTouch) row.stillInTouch += 1;
    rows.set(key, row);
  };
  for (const [personId, event] of firstMet) {
    const person = people.get(personId);
    if (!person) continue;
    const inTouch = stillInTouch(
      person,
      input.lastContact.get(personId)?.lastSpokeOn ?? null,
      input.cadences,
      input.today,
    );
    count(`event:${event.id}`, { kind: 'event', id: event.id, name: event.name }, inTouch);
    const organization = event.organizationId ? organizations.get(event.organizationId) : undefined;
    if (organization) {
      count(
        `organization:${organization.id}`,
        { kind: 'organization', id: organization.id, name: organization.name },
        inTouch,
      );
    }
  }
  return [...rows.values()].sort(
    (a, b) => b.introduced - a.introduced || b.stillInTouch - a.stillInTouch || a.name.localeCompare(b.name),
  );
}
