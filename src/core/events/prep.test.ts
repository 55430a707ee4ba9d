import { describe, expect, it } from 'vitest';
import type { Person, Tier } from '../people/schema.js';
import type { LastContact } from './contact.js';
import { compareForMeal, MEAL_SUGGESTIONS, prepareForEvent, sameCity } from './prep.js';
import type { KithEvent } from './schema.js';

const event: KithEvent = {
  id: 'e1',
  name: 'Logistics World',
  kind: 'convention',
  startsOn: '2026-09-14',
  endsOn: '2026-09-16',
  location: 'FIL, Lisbon, Portugal',
  url: null,
  organizationId: 'o1',
  status: 'planned',
  role: 'attendee',
  talkTitle: null,
  talkDescription: null,
  talkItemId: null,
  notes: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

function person(id: string, tier: Tier, extra: Partial<Person> = {}): Person {
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
    cadenceDays: null,
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
    ...extra,
  };
}

describe('sameCity', () => {
  it('matches the city of a person in the event location, ignoring case and accents', () => {
    expect(sameCity('FIL, Lisbon, Portugal', 'Lisbon, Portugal')).toBe(true);
    expect(sameCity('Messe München', 'munchen')).toBe(true);
    expect(sameCity('New York Javits Center', 'New York, NY')).toBe(true);
  });

  it('needs whole words, and both locations', () => {
    expect(sameCity('Parisian Hall, Lyon', 'Paris')).toBe(false);
    expect(sameCity('Lisbon', null)).toBe(false);
    expect(sameCity(null, 'Lisbon')).toBe(false);
    expect(sameCity('Lisbon', ', Portugal')).toBe(false);
  });
});

describe('prepareForEvent', () => {
  const contact = (lastInPersonOn: string | null): LastContact => ({ lastSpokeOn: lastInPersonOn, lastInPersonOn });

  it('lists attending, affiliated and local people with when you last spoke and why', () => {
    const prep = prepareForEvent({
      event,
      people: [
        person('ada', 'close', { location: 'Lisbon' }),
        person('bo', 'regular'),
        person('cy', 'inner', { location: 'Porto' }),
        person('di', 'regular', { location: 'Lisbon', archived: true }),
      ],
      attendingIds: new Set(['ada', 'cy']),
      affiliatedIds: new Set(['bo']),
      lastContact: new Map([['ada', contact('2026-03-01')]]),
    });
    expect(prep.attending.map((p) => p.id)).toEqual(['ada', 'cy']);
    expect(prep.affiliated.map((p) => p.id)).toEqual(['bo']);
    expect(prep.local.map((p) => p.id)).toEqual(['ada']);
    expect(prep.attending[0]).toMatchObject({
      lastSpokeOn: '2026-03-01',
      reasons: ['attending Logistics World', 'lives in Lisbon'],
    });
    expect(prep.attending[1]?.lastSpokeOn).toBeNull();
  });

  it('suggests a meal with the closest tiers first, then longest since you met in person', () => {
    const prep = prepareForEvent({
      event,
      people: [
        person('acq', 'acquaintance'),
        person('reg-recent', 'regular'),
        person('reg-old', 'regular'),
        person('close-recent', 'close'),
        person('close-never', 'close'),
        person('inner', 'inner'),
        person('stranger', 'inner'),
      ],
      attendingIds: new Set(['acq', 'reg-recent', 'reg-old', 'close-recent', 'close-never', 'inner']),
      affiliatedIds: new Set(),
      lastContact: new Map([
        ['reg-recent', contact('2026-08-01')],
        ['reg-old', contact('2025-01-01')],
        ['close-recent', contact('2026-09-01')],
        ['inner', contact('2026-09-10')],
      ]),
    });
    expect(prep.mealSuggestions.map((p) => p.id)).toEqual([
      'inner',
      'close-never',
      'close-recent',
      'reg-old',
      'reg-recent',
    ]);
    expect(prep.mealSuggestions).toHaveLength(MEAL_SUGGESTIONS);
  });

  it('orders equal tiers and dates by name', () => {
    const entry = (displayName: string) => ({
      id: displayName,
      displayName,
      tier: 'close' as const,
      company: null,
      location: null,
      lastSpokeOn: null,
      lastInPersonOn: null,
      reasons: [],
    });
    expect([entry('Bo'), entry('Ada')].sort(compareForMeal).map((p) => p.displayName)).toEqual(['Ada', 'Bo']);
  });
});
