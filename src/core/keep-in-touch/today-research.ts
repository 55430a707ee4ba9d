import type { OwnerRepos } from '../repos.js';
import type { Settings } from '../settings/schema.js';
import { addDays } from '../shared/dates.js';
import { chooseDormant, DORMANT, interestsOf } from './dormant.js';
import { chooseHello, HELLO } from './hello.js';
import type { PickKind } from './picks-repo.js';
import type { TierAdvice, TodayEntry } from './schema.js';
import { ADVICE_PEOPLE, tierAdviceCheck, tierAdvice as toAdvice } from './tier-advice.js';
import { DISMISSED_FOR_DAYS, pickRule } from './today-picks.js';

/** Saved items whose topics count as what the user follows (the newest). */
const SAVED_ITEMS = 200;

export type TodayResearch = { reconnect: TodayEntry | null; hello: TodayEntry | null; advice: TierAdvice | null };

/**
 * The daily list's research-grounded parts (issue 20): a dormant tie a day, a plain
 * hello a week, and tier-size advice until answered. Each pick is recorded (when `record`,
 * i.e. for the real today) so every server shows the same one all day; on later calls the
 * recorded person is read back by id, so the walks run once a day.
 */
export async function todayResearch(
  repos: OwnerRepos,
  input: { today: string; settings: Settings; record: boolean; shown: readonly TodayEntry[] },
): Promise<TodayResearch> {
  const { today, settings } = input;
  const picks = await repos.todayPicks.picks(addDays(today, -DISMISSED_FOR_DAYS));
  const shown = new Set(input.shown.map((entry) => entry.id));

  const reconnect = settings.reconnect ? await dormantTie(repos, today, settings, picks, shown) : null;
  if (reconnect) shown.add(reconnect.id);
  const hello = settings.hello ? await plainHello(repos, today, picks, shown) : null;
  if (input.record) {
    for (const [kind, entry] of [
      ['reconnect', reconnect],
      ['hello', hello],
    ] as const) {
      // Only a new pick is written: asking again the same day writes nothing (a write costs a sync).
      const recorded = picks.some((pick) => pick.kind === kind && pick.shownOn === today);
      if (entry && !recorded) {
        await repos.todayPicks.recordPick({ kind: kind satisfies PickKind, shownOn: today, personId: entry.id });
      }
    }
  }
  return { reconnect, hello, advice: await adviceFor(repos, settings) };
}

async function dormantTie(
  repos: OwnerRepos,
  today: string,
  settings: Settings,
  picks: Awaited<ReturnType<OwnerRepos['todayPicks']['picks']>>,
  shown: ReadonlySet<string>,
): Promise<TodayEntry | null> {
  const rule = pickRule('reconnect', picks, today);
  if (!rule.pickedToday && !rule.mayPick) return null;
  const [rows, saved] = await Promise.all([
    repos.todayPicks.dormant({
      today,
      tiers: DORMANT.tiers,
      lastOnOrBefore: addDays(today, -DORMANT.silentDays),
      lastOnOrAfter: addDays(today, -365 * DORMANT.withinYears),
      minInteractions: DORMANT.minInteractions,
      limit: DORMANT.perTier,
      ...(rule.pickedToday ? { personIds: [rule.pickedToday] } : {}),
    }),
    repos.todayPicks.savedInterests(SAVED_ITEMS),
  ]);
  // Today's pick is shown again as long as it is still a dormant tie (no interaction since).
  const excluded = rule.pickedToday ? new Set(shown) : new Set([...rule.excluded, ...shown]);
  return chooseDormant(rows, interestsOf(settings.myTopics, saved), excluded);
}

async function plainHello(
  repos: OwnerRepos,
  today: string,
  picks: Awaited<ReturnType<OwnerRepos['todayPicks']['picks']>>,
  shown: ReadonlySet<string>,
): Promise<TodayEntry | null> {
  const rule = pickRule('hello', picks, today);
  if (!rule.pickedToday && !rule.mayPick) return null;
  const rows = await repos.todayPicks.silentLongest({ tiers: HELLO.tiers, today, limit: HELLO.perTier });
  const found = rule.pickedToday ? rows.filter((row) => row.id === rule.pickedToday) : rows;
  return chooseHello(found, rule.pickedToday ? new Set(shown) : new Set([...rule.excluded, ...shown]), today);
}

async function adviceFor(repos: OwnerRepos, settings: Settings): Promise<TierAdvice | null> {
  const [sizes, answered] = await Promise.all([
    repos.todayPicks.tierSizes(['inner', 'close']),
    repos.todayPicks.tierAdviceAnswers(),
  ]);
  const check = tierAdviceCheck(sizes, settings, answered);
  if (!check) return null;
  const people = await repos.todayPicks.leastInTouch(check.from, Math.min(check.excess, ADVICE_PEOPLE));
  return toAdvice(check, people);
}

/**
 * The list as shown: the research entries take the last places, so the list stays as
 * short as the user asked for.
 */
export function withResearch(entries: readonly TodayEntry[], research: TodayResearch, limit: number): TodayEntry[] {
  const extras = [research.reconnect, research.hello].filter((entry): entry is TodayEntry => entry !== null);
  return [...entries.slice(0, Math.max(0, limit - extras.length)), ...extras];
}
