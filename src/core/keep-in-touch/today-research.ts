import type { OwnerRepos } from '../repos.js';
import type { Settings } from '../settings/schema.js';
import { addDays } from '../shared/dates.js';
import { chooseDormant, DORMANT, type Interest, interestsOf } from './dormant.js';
import { chooseHello, HELLO } from './hello.js';
import type { DormantRow, PickKind, SilentRow } from './picks-repo.js';
import type { TierAdvice, TodayEntry } from './schema.js';
import { ADVICE_PEOPLE, tierAdviceCheck, tierAdvice as toAdvice } from './tier-advice.js';
import { DISMISSED_FOR_DAYS, type PickRule, pickRule } from './today-picks.js';

/** Saved items whose topics count as what the user follows (the newest). */
const SAVED_ITEMS = 200;

export type TodayResearch = { reconnect: TodayEntry | null; hello: TodayEntry | null; advice: TierAdvice | null };

type Picks = Awaited<ReturnType<OwnerRepos['todayPicks']['picks']>>;

/**
 * What the research parts choose from: recorded picks, each kind's candidates (null when
 * it is off or already chosen this period) and the advice. None of it depends on who is
 * due, so it is read beside the due list and chosen from once that is ranked.
 */
export type ResearchReads = {
  picks: Picks;
  dormant: { rule: PickRule; rows: DormantRow[]; interests: Interest[] } | null;
  hello: { rule: PickRule; rows: SilentRow[] } | null;
  advice: TierAdvice | null;
};

/**
 * The daily list's research-grounded parts (issue 20): a dormant tie a day, a plain
 * hello a week, and tier-size advice until answered. Read in parallel: each wait for the
 * database is paid once, not once a part.
 */
export async function readResearch(
  repos: OwnerRepos,
  input: { today: string; settings: Settings },
): Promise<ResearchReads> {
  const { today, settings } = input;
  const [{ picks, dormant, hello }, advice] = await Promise.all([
    (async () => {
      const picks = await repos.todayPicks.picks(addDays(today, -DISMISSED_FOR_DAYS));
      const [dormant, hello] = await Promise.all([
        settings.reconnect ? dormantCandidates(repos, today, settings, picks) : null,
        settings.hello ? helloCandidates(repos, today, picks) : null,
      ]);
      return { picks, dormant, hello };
    })(),
    adviceFor(repos, settings),
  ]);
  return { picks, dormant, hello, advice };
}

/**
 * Chooses the dormant tie and the hello from what `readResearch` read, leaving out the
 * people `shown` on the due list. Each pick is recorded (when `record`, i.e. for the real
 * today) so every server shows the same one all day; on later calls the recorded person
 * is read back by id, so the walks run once a day.
 */
export async function todayResearch(
  repos: OwnerRepos,
  reads: ResearchReads,
  input: { today: string; record: boolean; shown: readonly TodayEntry[] },
): Promise<TodayResearch> {
  const { today } = input;
  const { picks } = reads;
  const shown = new Set(input.shown.map((entry) => entry.id));

  const reconnect = reads.dormant ? chooseDormantTie(reads.dormant, shown) : null;
  if (reconnect) shown.add(reconnect.id);
  const hello = reads.hello ? choosePlainHello(reads.hello, today, shown) : null;
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
  return { reconnect, hello, advice: reads.advice };
}

async function dormantCandidates(
  repos: OwnerRepos,
  today: string,
  settings: Settings,
  picks: Picks,
): Promise<ResearchReads['dormant']> {
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
  return { rule, rows, interests: interestsOf(settings.myTopics, saved) };
}

function chooseDormantTie(
  { rule, rows, interests }: NonNullable<ResearchReads['dormant']>,
  shown: ReadonlySet<string>,
): TodayEntry | null {
  // Today's pick is shown again as long as it is still a dormant tie (no interaction since).
  const excluded = rule.pickedToday ? new Set(shown) : new Set([...rule.excluded, ...shown]);
  return chooseDormant(rows, interests, excluded);
}

async function helloCandidates(repos: OwnerRepos, today: string, picks: Picks): Promise<ResearchReads['hello']> {
  const rule = pickRule('hello', picks, today);
  if (!rule.pickedToday && !rule.mayPick) return null;
  const rows = await repos.todayPicks.silentLongest({ tiers: HELLO.tiers, today, limit: HELLO.perTier });
  return { rule, rows };
}

function choosePlainHello(
  { rule, rows }: NonNullable<ResearchReads['hello']>,
  today: string,
  shown: ReadonlySet<string>,
): TodayEntry | null {
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
