import type { Tier } from '../people/schema.js';
import type { Settings } from '../settings/schema.js';
import { addDays, agoWords, daysBetween, nextOccasionDate, whenWords } from '../shared/dates.js';
import { counted } from '../shared/text.js';
import { lowerTier, tierWeight } from './cadence.js';
import { personCadence } from './family.js';
import type { TodayEntry } from './schema.js';

/** A person as the scheduler sees them. Dates are local YYYY-MM-DD. */
export type Contact = {
  id: string;
  name: string;
  tier: Tier;
  /** The person's own cadence, overriding their tier's. */
  cadenceDays: number | null;
  /** The day they were added: the clock of someone never contacted starts here. */
  addedOn: string;
  lastInteractionOn: string | null;
  snoozedUntil: string | null;
  driftSilencedUntil: string | null;
  /** A relative: comes due after a friend at the same tier and silence (`personCadence`). */
  family?: boolean;
};

/** A yearly date: a birthday or an important date, `YYYY-MM-DD` or `--MM-DD`. */
export type Occasion = { personId: string; label: string; date: string };
/** An open reminder about a person, due on `dueOn` (its snooze end when snoozed). */
export type PersonReminder = { personId: string; text: string; dueOn: string };
/** Someone met at an event and not yet followed up with (fed by the events feature). */
export type PendingFollowUp = { personId: string; eventName: string; metOn: string; dueOn: string };
/** An event you and this person both plan to attend (fed by the events feature). */
export type SharedEvent = { personId: string; eventName: string; startsOn: string };
/** A day someone was shown on the daily list. */
export type Suggestion = { personId: string; shownOn: string };
/** A saved item that fits this person strongly ("you have something for X"; fed by the shares feature). */
export type GiftForSomeone = { personId: string; itemId: string; itemTitle: string; reasons: string[] };

/** The reason a due reminder gives; the digest leaves out a reminder its person's line names so. */
export function reminderReason(text: string): string {
  return `you asked to be reminded: ${text}`;
}

/** The reason a pending follow-up gives, from the morning after the meeting. */
export function followUpReason(followUp: Pick<PendingFollowUp, 'eventName' | 'metOn'>, today: string): string {
  return `met at ${followUp.eventName} ${agoWords(followUp.metOn, today)}, not followed up yet`;
}

/** The reason a birthday or important date gives, on its next day `on`. */
export function occasionReason(label: string, on: string, today: string): string {
  return `${label} ${whenWords(on, today)}`;
}

export type DailyListInput = {
  today: string;
  contacts: readonly Contact[];
  cadences: Settings['cadences'];
  occasions?: readonly Occasion[];
  reminders?: readonly PersonReminder[];
  followUps?: readonly PendingFollowUp[];
  sharedEvents?: readonly SharedEvent[];
  gifts?: readonly GiftForSomeone[];
  suggestions?: readonly Suggestion[];
  limit: number;
  /** A relative's tier cadence as a percentage of the tier's: friends come due first. */
  familyCadencePercent?: number;
};

/** How far ahead occasions and shared events count. */
export const LOOKAHEAD_DAYS = 7;
/** Overdue beyond this many cadences adds nothing more: a year-late contact is not 12 times as urgent. */
const MAX_OVERDUE_RATIO = 5;
/** Drift: overdue by more than this many cadences… */
const DRIFT_RATIO = 2;
/** …after being suggested at least this many times with no interaction since. */
const DRIFT_SUGGESTIONS = 2;

const weights = {
  reminder: 4,
  followUp: 2.5,
  followUpOverdue: 1,
  occasion: 3,
  occasionPerDay: 0.25,
  sharedEvent: 1.5,
  gift: 2.5,
};

function groupBy<T extends { personId: string }>(rows: readonly T[] | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows ?? []) {
    const list = map.get(row.personId);
    if (list) list.push(row);
    else map.set(row.personId, [row]);
  }
  return map;
}

/** The day someone's clock last reset: their last interaction, else the day they were added. */
export function clockStart(contact: Pick<Contact, 'addedOn' | 'lastInteractionOn'>): string {
  return contact.lastInteractionOn ?? contact.addedOn;
}

export function isSnoozed(contact: Pick<Contact, 'snoozedUntil'>, today: string): boolean {
  return contact.snoozedUntil !== null && contact.snoozedUntil > today;
}

/**
 * The ranked list of who to reach out to today, each with its reasons in words. Score
 * adds up: how overdue relative to their cadence (weighted by tier), an occasion in the
 * next week, a pending follow-up, a shared event soon, and explicit reminders.
 */
export function dailyList(input: DailyListInput): TodayEntry[] {
  const { today } = input;
  const occasions = groupBy(input.occasions);
  const reminders = groupBy(input.reminders);
  const followUps = groupBy(input.followUps);
  const sharedEvents = groupBy(input.sharedEvents);
  const gifts = groupBy(input.gifts);
  const suggestions = groupBy(input.suggestions);
  const entries: TodayEntry[] = [];

  for (const contact of input.contacts) {
    if (isSnoozed(contact, today)) continue;
    const cadence = personCadence(contact, input.cadences, input.familyCadencePercent);
    const start = clockStart(contact);
    const since = daysBetween(start, today);
    const reasons: string[] = [];
    let score = 0;

    for (const reminder of reminders.get(contact.id) ?? []) {
      if (reminder.dueOn > today) continue;
      score += weights.reminder;
      reasons.push(reminderReason(reminder.text));
    }

    for (const followUp of followUps.get(contact.id) ?? []) {
      // From the morning after the meeting: on the day itself you are still at the event.
      if (followUp.metOn >= today) continue;
      score += weights.followUp + (followUp.dueOn <= today ? weights.followUpOverdue : 0);
      reasons.push(followUpReason(followUp, today));
    }

    // Occasions are part of keeping in touch: someone with no cadence (acquaintances) is not nagged by them.
    if (cadence !== null) {
      for (const occasion of occasions.get(contact.id) ?? []) {
        const on = nextOccasionDate(occasion.date, today);
        const inDays = daysBetween(today, on);
        if (inDays > LOOKAHEAD_DAYS) continue;
        score += weights.occasion - weights.occasionPerDay * inDays;
        reasons.push(occasionReason(occasion.label, on, today));
      }
    }

    for (const event of sharedEvents.get(contact.id) ?? []) {
      const inDays = daysBetween(today, event.startsOn);
      if (inDays < 0 || inDays > LOOKAHEAD_DAYS) continue;
      score += weights.sharedEvent;
      reasons.push(`you will both be at ${event.eventName} ${whenWords(event.startsOn, today)}`);
    }

    const gift = gifts.get(contact.id)?.[0];
    if (gift) {
      score += weights.gift;
      reasons.push(giftReason(gift));
    }

    let drift: TodayEntry['drift'] = null;
    if (cadence !== null && since >= cadence) {
      score += tierWeight[contact.tier] * Math.min(since / cadence, MAX_OVERDUE_RATIO);
      reasons.unshift(
        contact.lastInteractionOn === null
          ? `added ${counted(since, 'day')} ago and not contacted yet; you aim for every ${counted(cadence, 'day')}`
          : `last spoke ${counted(since, 'day')} ago; you aim for every ${counted(cadence, 'day')}`,
      );
      drift = driftFor(contact, cadence, since, suggestions.get(contact.id) ?? [], today);
      if (drift) {
        const count = countSuggestions(suggestions.get(contact.id) ?? [], start, today);
        reasons.push(
          `suggested ${count} times with no contact since: consider moving them from ${drift.fromTier} to ${drift.toTier}`,
        );
      }
    }

    if (score <= 0) continue;
    entries.push({
      id: contact.id,
      name: contact.name,
      tier: contact.tier,
      score: Math.round(score * 100) / 100,
      reasons,
      lastInteractionOn: contact.lastInteractionOn,
      dueOn: cadence === null ? null : addDays(start, cadence),
      drift,
      ...(gift ? { gift: { itemId: gift.itemId, itemTitle: gift.itemTitle } } : {}),
    });
  }

  // Equal scores (several people capped at five cadences overdue): who has waited longest, then by name.
  const started = new Map(input.contacts.map((contact) => [contact.id, clockStart(contact)]));
  const waited = (entry: TodayEntry) => started.get(entry.id) ?? '';
  entries.sort(
    (a, b) =>
      b.score - a.score ||
      (waited(a) < waited(b) ? -1 : waited(a) > waited(b) ? 1 : 0) ||
      a.name.localeCompare(b.name) ||
      (a.id < b.id ? -1 : 1),
  );
  return entries.slice(0, input.limit);
}

/** "you have something for them: "Title" (interested in …; looking for …)". */
function giftReason(gift: GiftForSomeone): string {
  const why = gift.reasons.length > 0 ? ` (${gift.reasons.join('; ')})` : '';
  return `you have something for them: "${gift.itemTitle}"${why}`;
}

/** Days shown after the clock last reset and before today, so asking twice in one day gives one answer. */
function countSuggestions(suggestions: readonly Suggestion[], start: string, today: string): number {
  return suggestions.filter((suggestion) => suggestion.shownOn > start && suggestion.shownOn < today).length;
}

/**
 * Overdue by more than twice their cadence, and suggested on at least two earlier days
 * with no interaction since: suggest the next tier down, unless a dismissal still silences it.
 */
export function driftFor(
  contact: Contact,
  cadence: number,
  daysSince: number,
  suggestions: readonly Suggestion[],
  today: string,
): TodayEntry['drift'] {
  const toTier = lowerTier(contact.tier);
  if (!toTier) return null;
  if (daysSince <= DRIFT_RATIO * cadence) return null;
  if (contact.driftSilencedUntil !== null && contact.driftSilencedUntil > today) return null;
  if (countSuggestions(suggestions, clockStart(contact), today) < DRIFT_SUGGESTIONS) return null;
  return { fromTier: contact.tier, toTier };
}
