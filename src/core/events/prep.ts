import type { Tier } from '../people/schema.js';
import { foldText } from '../shared/text.js';
import type { LastContact } from './contact.js';
import type { NetworkPerson } from './repo.js';
import type { EventPrep, KithEvent, PrepPerson } from './schema.js';

const tierRank: Record<Tier, number> = { inner: 0, close: 1, regular: 2, acquaintance: 3 };

/** How many people the meal suggestion names. */
export const MEAL_SUGGESTIONS = 5;

/**
 * Whether a person lives where an event takes place: the city of their location (the
 * part before the first comma) appears as whole words in the event's location.
 */
export function sameCity(eventLocation: string | null, personLocation: string | null): boolean {
  if (!eventLocation || !personLocation) return false;
  const city = foldText(personLocation.split(',')[0] ?? '').trim();
  if (!city) return false;
  const words = (text: string) =>
    ` ${text
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .join(' ')} `;
  return words(foldText(eventLocation)).includes(words(city));
}

/** Closest tier first, then longest since you last met in person (never first), then name. */
export function compareForMeal(a: PrepPerson, b: PrepPerson): number {
  return (
    tierRank[a.tier] - tierRank[b.tier] ||
    (a.lastInPersonOn ?? '').localeCompare(b.lastInPersonOn ?? '') ||
    a.displayName.localeCompare(b.displayName)
  );
}

export type PrepInput = {
  event: KithEvent;
  /** Everyone in your network; archived people are left out. */
  people: readonly NetworkPerson[];
  attendingIds: ReadonlySet<string>;
  /** People currently affiliated with the event's organization. */
  affiliatedIds: ReadonlySet<string>;
  lastContact: ReadonlyMap<string, LastContact>;
};

/**
 * Preparing for an event: who you know is attending, who is affiliated with its
 * organization, who lives in its city, and whom to ask to a meal.
 */
export function prepareForEvent(input: PrepInput): EventPrep {
  const { event } = input;
  const attending: PrepPerson[] = [];
  const affiliated: PrepPerson[] = [];
  const local: PrepPerson[] = [];
  const everyone: PrepPerson[] = [];
  for (const person of input.people) {
    if (person.archived) continue;
    const reasons: string[] = [];
    const isAttending = input.attendingIds.has(person.id);
    const isAffiliated = input.affiliatedIds.has(person.id);
    const isLocal = sameCity(event.location, person.location);
    if (isAttending) reasons.push(`attending ${event.name}`);
    if (isAffiliated) reasons.push("affiliated with the event's organization");
    if (isLocal) reasons.push(`lives in ${person.location}`);
    if (reasons.length === 0) continue;
    const contact = input.lastContact.get(person.id);
    const entry: PrepPerson = {
      id: person.id,
      displayName: person.displayName,
      tier: person.tier,
      company: person.company,
      location: person.location,
      lastSpokeOn: contact?.lastSpokeOn ?? null,
      lastInPersonOn: contact?.lastInPersonOn ?? null,
      reasons,
    };
    if (isAttending) attending.push(entry);
    if (isAffiliated) affiliated.push(entry);
    if (isLocal) local.push(entry);
    everyone.push(entry);
  }
  const byName = (a: PrepPerson, b: PrepPerson) => a.displayName.localeCompare(b.displayName);
  return {
    event,
    attending: attending.sort(byName),
    affiliated: affiliated.sort(byName),
    local: local.sort(byName),
    mealSuggestions: [...everyone].sort(compareForMeal).slice(0, MEAL_SUGGESTIONS),
  };
}
