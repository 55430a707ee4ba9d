import { type Tier, tiers } from '../people/schema.js';
import type { Deps, OwnerRepos } from '../repos.js';
import { type UserClock, userClock } from '../settings/user-clock.js';
import { addDays, isLeapYear, localDateOf } from '../shared/dates.js';
import { parseInput } from '../shared/validate.js';
import { type Contact, dailyList, LOOKAHEAD_DAYS, type Occasion, type Suggestion } from './daily-list.js';
import type { ContactRow } from './repo.js';
import { type GetTodayInput, getTodaySchema, type Today, type TodayEntry } from './schema.js';
import { gatherSignals, todaySignalSources } from './signals.js';
import { readResearch, todayResearch, withResearch } from './today-research.js';

/** The month-days (MM-DD) an occasion may have to fall in the next week (or `ahead` days); 02-29 with 02-28 in other years. */
export function occasionMonthDays(today: string, ahead = LOOKAHEAD_DAYS): string[] {
  const days: string[] = [];
  for (let offset = 0; offset <= ahead; offset++) {
    const date = addDays(today, offset);
    days.push(date.slice(5));
    if (date.slice(5) === '02-28' && !isLeapYear(Number(date.slice(0, 4)))) days.push('02-29');
  }
  return days;
}

function toContact(row: ContactRow, timeZone: string): Contact {
  return {
    id: row.id,
    name: row.name,
    tier: row.tier,
    cadenceDays: row.cadenceDays,
    // Only read when nobody has been in touch yet; the local day costs a time-zone lookup.
    addedOn:
      row.lastInteractionOn === null ? localDateOf(new Date(row.createdAt), timeZone) : row.createdAt.slice(0, 10),
    lastInteractionOn: row.lastInteractionOn,
    snoozedUntil: row.snoozedUntil,
    driftSilencedUntil: row.driftSilencedUntil,
    family: row.family,
  };
}

/**
 * Today's ranked list of who to reach out to, with reasons. Storage narrows the network
 * to people who may be due; the pure scheduler decides and ranks. When computed for the
 * real today, the people shown are recorded (drift counts those suggestions); an `asOf`
 * preview of another day records nothing.
 */
export async function getToday(deps: Deps, input: GetTodayInput = {}): Promise<Today> {
  return (await computeToday(deps, parseInput(getTodaySchema, input))).today;
}

/**
 * The list, and the day it was recorded as shown on (null for a preview of another day).
 * Only people not yet recorded as shown that day are written (the suggestions read for
 * drift say who was), so asking again writes nothing unless the list changed.
 */
export async function computeToday(
  deps: Deps,
  { asOf, limit }: { asOf?: string | undefined; limit?: number | undefined },
): Promise<{ today: Today; recordedOn: string | null }> {
  const { repos } = deps;
  const clock = await userClock(repos, deps.now());
  const today = asOf ?? clock.today;
  const { cadences, dailyListSize } = clock.settings;
  const monthDays = occasionMonthDays(today);
  const dueBy = tiers.flatMap((tier) => {
    const cadence = cadences[tier];
    // One day of slack: the clock of someone never contacted starts on their local "added" day.
    return cadence === null ? [] : [{ tier, clockStartOnOrBefore: addDays(today, 1 - cadence) }];
  });

  const size = limit ?? dailyListSize;
  const record = today === clock.today;
  // The due list and the research parts read apart and at once: on PostgreSQL each wait
  // for the database costs a round trip, and the list waited for them one after another.
  const [{ entries, suggestions }, reads] = await Promise.all([
    dueEntries(repos, { today, monthDays, dueBy, size, record, clock }),
    readResearch(repos, { today, settings: clock.settings }),
  ]);
  const research = await todayResearch(repos, reads, { today, record, shown: entries });

  const result = {
    date: today,
    timeZone: clock.timeZone,
    entries: withResearch(entries, research, size),
    advice: research.advice,
  };
  if (!record) return { today: result, recordedOn: null };
  const shownToday = new Set(suggestions.flatMap((shown) => (shown.shownOn === today ? [shown.personId] : [])));
  // The due entries shown (the dormant tie and the hello are recorded as picks, not as suggestions).
  const unrecorded = result.entries.flatMap((entry) => (entry.kind || shownToday.has(entry.id) ? [] : [entry.id]));
  if (unrecorded.length > 0) await repos.keepInTouch.recordSuggestions(unrecorded, today);
  return { today: result, recordedOn: today };
}

/** Who is due, ranked by the scheduler, and the suggestions since each person's last interaction (drift reads them). */
async function dueEntries(
  repos: OwnerRepos,
  input: {
    today: string;
    monthDays: string[];
    dueBy: { tier: Tier; clockStartOnOrBefore: string }[];
    size: number;
    record: boolean;
    clock: UserClock;
  },
): Promise<{ entries: TodayEntry[]; suggestions: Suggestion[] }> {
  const { today, monthDays, dueBy, size, clock } = input;
  const [rows, occasionRows, reminders, signals, suggestions] = await Promise.all([
    // Twice the list and some: people of a tier whose clock started the same day tie, and tie-break by name.
    repos.keepInTouch.candidates({ today, dueBy, birthdayMonthDays: monthDays, perTier: size * 2 + 20 }),
    repos.occasions.onMonthDays(monthDays),
    repos.reminders.listOpen({ dueBy: today }),
    gatherSignals(repos, today, todaySignalSources, { record: input.record }),
    repos.keepInTouch.suggestionsSinceLastInteraction(),
  ]);

  const known = new Set(rows.map((row) => row.id));
  const extraIds = [
    ...occasionRows.map((o) => o.personId),
    ...reminders.flatMap((r) => (r.personId ? [r.personId] : [])),
    ...signals.followUps.map((f) => f.personId),
    ...signals.sharedEvents.map((e) => e.personId),
    ...signals.gifts.map((g) => g.personId),
  ].filter((id) => !known.has(id));
  const allRows = extraIds.length > 0 ? [...rows, ...(await repos.keepInTouch.contacts([...new Set(extraIds)]))] : rows;

  const occasions: Occasion[] = [
    ...allRows.flatMap((row) => (row.birthday ? [{ personId: row.id, label: 'birthday', date: row.birthday }] : [])),
    ...occasionRows.map((o) => ({ personId: o.personId, label: o.label, date: o.date })),
  ];
  const entries = dailyList({
    today,
    contacts: allRows.map((row) => toContact(row, clock.timeZone)),
    cadences: clock.settings.cadences,
    occasions,
    reminders: reminders.flatMap((r) =>
      r.personId ? [{ personId: r.personId, text: r.text, dueOn: r.snoozedUntil ?? r.dueOn }] : [],
    ),
    followUps: signals.followUps,
    sharedEvents: signals.sharedEvents,
    gifts: signals.gifts,
    suggestions,
    limit: size,
    familyCadencePercent: clock.settings.familyCadencePercent,
  });
  return { entries, suggestions };
}
