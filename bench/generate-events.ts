import type { Faker } from '@faker-js/faker';
import type { EventPerson, KithEvent } from '../src/core/events/schema.js';
import { eventKinds } from '../src/core/events/schema.js';
import type { Person } from '../src/core/people/schema.js';
import { addDays } from '../src/core/shared/dates.js';
import { newId } from '../src/core/shared/ids.js';

/**
 * Events over three years for a generated network, as a busy professional keeps them:
 * the first planned two weeks out, the second running today and the third ended
 * yesterday (so the daily list has an event now and follow-ups due), the rest attended;
 * `met` people met at past events (follow-up pending) and `attending` people going.
 */
export function generateEvents(
  faker: Faker,
  input: {
    people: readonly Person[];
    today: string;
    at: string;
    count: number;
    met: number;
    attending: number;
    organizationIds?: readonly string[];
  },
): { events: KithEvent[]; links: EventPerson[] } {
  const { people, today, at, organizationIds = [] } = input;
  const cities = [...new Set(people.map((p) => p.location?.split(',')[0]).filter(Boolean))] as string[];
  const startOf = (i: number) =>
    i === 0
      ? addDays(today, 14)
      : i === 1
        ? today
        : i === 2
          ? addDays(today, -1)
          : addDays(today, -faker.number.int({ min: 3, max: 3 * 365 }));
  const events: KithEvent[] = Array.from({ length: input.count }, (_, i) => {
    const startsOn = startOf(i);
    return {
      id: newId(),
      name: `${faker.company.buzzNoun()} ${i}`,
      kind: faker.helpers.arrayElement(eventKinds),
      startsOn,
      endsOn: i === 1 ? addDays(today, 1) : i > 2 && faker.number.int(2) === 0 ? addDays(startsOn, 2) : null,
      location: faker.helpers.arrayElement(cities),
      url: null,
      organizationId:
        i % 3 === 0 && organizationIds.length > 0 ? (organizationIds[i % organizationIds.length] ?? null) : null,
      status: i === 0 ? 'planned' : 'attended',
      role: 'attendee',
      talkTitle: null,
      talkDescription: null,
      talkItemId: null,
      notes: null,
      createdAt: at,
      updatedAt: at,
    };
  });
  const links = new Map<string, EventPerson>();
  const link = (relation: EventPerson['relation'], event: KithEvent) => {
    const person = faker.helpers.arrayElement(people);
    links.set(`${event.id}:${person.id}`, {
      eventId: event.id,
      personId: person.id,
      relation,
      note: null,
      followUp: relation === 'met' ? 'pending' : null,
      followUpAt: null,
      createdAt: at,
    });
  };
  for (let i = 0; i < input.met; i++) link('met', faker.helpers.arrayElement(events.slice(1)));
  for (let i = 0; i < input.attending; i++) link('attending', faker.helpers.arrayElement(events));
  return { events, links: [...links.values()] };
}
