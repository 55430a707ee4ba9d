import { describe, expect, it } from 'vitest';
import type { Person, Tier } from '../people/schema.js';
import { settingsSchema } from '../settings/schema.js';
import type { LastContact } from './contact.js';
import type { EventPerson, KithEvent } from './schema.js';
import { sourcesReport, stillInTouch } from './sources.js';

const cadences = settingsSchema.parse({}).cadences;

function event(id: string, startsOn: string, organizationId: string | null = null): KithEvent {
  return {
    id,
    name: id,
    kind: 'conference',
    startsOn,
    endsOn: null,
    location: null,
    url: null,
    organizationId,
    status: 'attended',
    role: 'attendee',
    talkTitle: null,
    talkDescription: null,
    talkItemId: null,
    notes: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

function person(id: string, tier: Tier, cadenceDays: number | null = null): Person {
  return {
    id,
    displayName: id,
    givenName: null,
    familyName: null,
    nickname: null,
    title: null,
    company: null,
    industry: null,
    location: null,
    birthday: null,
    tier,
    cadenceDays,
    family: false,
    howMet: null,
    metOn: null,
    introducedById: null,
    notes: null,
    archived: false,
    emails: [],
    phones: [],
    links: [],
    tags: [],
    topics: [],
    offers: [],
    needs: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

function link(eventId: string, personId: string, relation: EventPerson['relation'] = 'met'): EventPerson {
  return { eventId, personId, relation, note: null, followUp: null, followUpAt: null, createdAt: '' };
}

const spoke = (lastSpokeOn: string): LastContact => ({ lastSpokeOn, lastInPersonOn: null });

describe('stillInTouch', () => {
  it('is true within the tier cadence or the personal override, false beyond or never', () => {
    expect(stillInTouch(person('a', 'inner'), '2026-05-02', cadences, '2026-06-01')).toBe(true);
    expect(stillInTouch(person('a', 'inner'), '2026-05-01', cadences, '2026-06-01')).toBe(false);
    expect(stillInTouch(person('a', 'inner', 90), '2026-04-01', cadences, '2026-06-01')).toBe(true);
    expect(stillInTouch(person('a', 'close'), null, cadences, '2026-06-01')).toBe(false);
  });

  it('gives people without a cadence a year', () => {
    expect(stillInTouch(person('a', 'acquaintance'), '2025-06-02', cadences, '2026-06-01')).toBe(true);
    expect(stillInTouch(person('a', 'acquaintance'), '2025-05-01', cadences, '2026-06-01')).toBe(false);
  });
});

describe('sourcesReport', () => {
  it('credits each person to the event where you first met them and its organization', () => {
    const rows = sourcesReport({
      events: [
        event('conf-2025', '2025-03-01', 'assoc'),
        event('conf-2026', '2026-03-01', 'assoc'),
        event('meetup', '2026-04-01'),
      ],
      organizations: [{ id: 'assoc', name: 'Logistics Association' }],
      links: [
        link('conf-2025', 'ada'),
        link('conf-2026', 'ada'),
        link('conf-2026', 'bo'),
        link('meetup', 'cy'),
        link('meetup', 'di'),
        link('meetup', 'eve'),
        link('meetup', 'fay', 'attending'),
        link('meetup', 'gone'),
      ],
      people: ['ada', 'bo', 'cy', 'di', 'eve', 'fay'].map((id) => person(id, 'close')),
      lastContact: new Map([
        ['ada', spoke('2026-05-15')],
        ['bo', spoke('2026-01-01')],
        ['cy', spoke('2026-05-01')],
      ]),
      cadences,
      today: '2026-06-01',
    });
    expect(rows).toEqual([
      { kind: 'event', id: 'meetup', name: 'meetup', introduced: 3, stillInTouch: 1 },
      { kind: 'organization', id: 'assoc', name: 'Logistics Association', introduced: 2, stillInTouch: 1 },
      { kind: 'event', id: 'conf-2025', name: 'conf-2025', introduced: 1, stillInTouch: 1 },
      { kind: 'event', id: 'conf-2026', name: 'conf-2026', introduced: 1, stillInTouch: 0 },
    ]);
  });

  it('is empty when you have met nobody at an event', () => {
    expect(
      sourcesReport({
        events: [event('e', '2026-01-01')],
        organizations: [],
        links: [],
        people: [],
        lastContact: new Map(),
        cadences,
        today: '2026-06-01',
      }),
    ).toEqual([]);
  });
});
