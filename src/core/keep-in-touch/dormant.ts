import { monthWords } from '../shared/dates.js';
import { foldText, searchTerms } from '../shared/text.js';
import type { DormantRow, SavedInterest } from './picks-repo.js';
import type { TodayEntry } from './schema.js';

/**
 * Reconnecting with dormant ties pays off as much as current ties, or more (Levin,
 * Walter and Murnighan, 2011), yet people pick the familiar. A dormant tie: several
 * interactions, then a long silence, in an outer tier (where drift moves people).
 */
export const DORMANT = {
  tiers: ['regular', 'acquaintance'] as const,
  minInteractions: 3,
  /** Silent at least this long… */
  silentDays: 180,
  /** …but in touch within this many years: older ties are strangers again. */
  withinYears: 5,
  /** The most recently quiet people of each tier weighed each day. */
  perTier: 200,
};

/** Something the user follows: one of their own topics, or a saved item's. */
export type Interest = { label: string; item: string | null };

export function interestsOf(myTopics: readonly string[], saved: readonly SavedInterest[]): Interest[] {
  return [
    ...myTopics.map((label) => ({ label, item: null })),
    ...saved.flatMap((item) => item.topics.map((label) => ({ label, item: item.title }))),
  ];
}

/** Whether a label meets an interest: the same words, or all of the shorter's words in the longer. */
export function meets(label: string, interest: string): boolean {
  const a = searchTerms(label);
  const b = searchTerms(interest);
  if (a.length === 0 || b.length === 0) return false;
  const [shorter, longer] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  return shorter.every((word) => longer.has(word));
}

type Meeting = { field: 'topics' | 'needs' | 'offers'; label: string; interest: Interest };

/** Where a person's topics, needs and offers meet the user's interests. */
export function meetingsOf(row: DormantRow, interests: readonly Interest[]): Meeting[] {
  const found: Meeting[] = [];
  const seen = new Set<string>();
  for (const field of ['topics', 'needs', 'offers'] as const) {
    for (const label of row[field]) {
      const interest = interests.find((candidate) => meets(label, candidate.label));
      if (!interest || seen.has(foldText(label))) continue;
      seen.add(foldText(label));
      found.push({ field, label, interest });
    }
  }
  return found;
}

function why(meeting: Meeting): string {
  const what = { topics: 'work on', needs: 'are looking for', offers: 'offer' }[meeting.field];
  const follows = meeting.interest.item ? `which meets “${meeting.interest.item}” you saved` : 'which you follow';
  return `they ${what} ${meeting.label}, ${follows}`;
}

/**
 * The one dormant tie to propose: people whose topics, needs or offers meet the user's
 * come first (more meetings first), then the once most familiar, then the longest quiet.
 */
export function chooseDormant(
  rows: readonly DormantRow[],
  interests: readonly Interest[],
  excluded: ReadonlySet<string>,
): TodayEntry | null {
  const ranked = rows
    .filter((row) => !excluded.has(row.id) && row.interactions >= DORMANT.minInteractions)
    .map((row) => ({ row, meetings: meetingsOf(row, interests) }))
    .sort(
      (a, b) =>
        b.meetings.length - a.meetings.length ||
        b.row.interactions - a.row.interactions ||
        (a.row.lastInteractionOn < b.row.lastInteractionOn
          ? -1
          : a.row.lastInteractionOn > b.row.lastInteractionOn
            ? 1
            : 0) ||
        a.row.name.localeCompare(b.row.name) ||
        (a.row.id < b.row.id ? -1 : 1),
    );
  const best = ranked[0];
  return best ? reconnectEntry(best.row, best.meetings) : null;
}

export function reconnectEntry(row: DormantRow, meetings: readonly Meeting[]): TodayEntry {
  const reasons = [
    `you were in regular touch (${row.interactions} times) and last spoke in ${monthWords(row.lastInteractionOn)}`,
    ...meetings.slice(0, 2).map(why),
  ];
  if (meetings.length === 0) reasons.push('a dormant tie is often worth more than you expect');
  return {
    id: row.id,
    name: row.name,
    tier: row.tier,
    score: 0,
    reasons,
    lastInteractionOn: row.lastInteractionOn,
    dueOn: null,
    drift: null,
    kind: 'reconnect',
  };
}
