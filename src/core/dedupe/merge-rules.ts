import type { EventPerson } from '../events/schema.js';
import type { Introduction, IntroductionStatus } from '../introductions/schema.js';
import type { Affiliation } from '../organizations/schema.js';
import type { Share } from '../shares/schema.js';

/**
 * The shares to delete when `from` merges into `to`: where both received the same
 * item, the earliest share stays (ties: the smaller id) and the other goes.
 */
export function redundantShares(shares: readonly Share[], from: string, to: string): string[] {
  const byItem = new Map<string, Share[]>();
  for (const share of shares) {
    if (share.personId !== from && share.personId !== to) continue;
    byItem.set(share.itemId, [...(byItem.get(share.itemId) ?? []), share]);
  }
  const remove: string[] = [];
  for (const group of byItem.values()) {
    const [, ...later] = [...group].sort(
      (a, b) => a.sharedAt.localeCompare(b.sharedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    remove.push(...later.map((share) => share.id));
  }
  return remove.sort();
}

/** How far along an introduction is; a made one is further than a declined one. */
const progress: Record<IntroductionStatus, number> = {
  suggested: 0,
  'asked-a': 1,
  'asked-b': 2,
  declined: 3,
  made: 4,
  'followed-up': 5,
};

/**
 * The introductions to delete when `from` merges into `to`: one between the two
 * (it would introduce the kept person to themself), and, where the merge makes two
 * introductions of the same pair, all but the furthest along (ties: the earliest suggested).
 */
export function redundantIntroductions(introductions: readonly Introduction[], from: string, to: string): string[] {
  const rename = (id: string) => (id === from ? to : id);
  const remove: string[] = [];
  const byPair = new Map<string, Introduction[]>();
  for (const introduction of introductions) {
    const a = rename(introduction.personAId);
    const b = rename(introduction.personBId);
    if (a !== to && b !== to) continue;
    if (a === b) {
      remove.push(introduction.id);
      continue;
    }
    const pair = [a, b].sort().join(' ');
    byPair.set(pair, [...(byPair.get(pair) ?? []), introduction]);
  }
  for (const group of byPair.values()) {
    const [, ...rest] = [...group].sort(
      (x, y) =>
        progress[y.status] - progress[x.status] ||
        x.suggestedOn.localeCompare(y.suggestedOn) ||
        (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
    );
    remove.push(...rest.map((introduction) => introduction.id));
  }
  return remove.sort();
}

const earliest = (a: string, b: string) => (a <= b ? a : b);

function joinNotes(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b || a === b) return a;
  return `${a}\n\n${b}`;
}

/**
 * One event link from the kept person's and the other's at the same event: met beats
 * attending (with the met link's follow-up and date), notes are joined, of two alike the earliest date stays.
 */
export function combineEventLinks(keep: EventPerson, other: EventPerson): EventPerson {
  const met = keep.relation === 'met' ? keep : other.relation === 'met' ? other : keep;
  return {
    ...keep,
    relation: met.relation,
    followUp: met.followUp,
    followUpAt: met.followUpAt,
    note: joinNotes(keep.note, other.note),
    // A met link dates the meeting (its day is read from it): the attending one's date does not.
    createdAt: keep.relation === other.relation ? earliest(keep.createdAt, other.createdAt) : met.createdAt,
  };
}

/** One affiliation from both people's with the same organization: the kept role unless empty, current if either is. */
export function combineAffiliations(keep: Affiliation, other: Affiliation): Affiliation {
  return {
    ...keep,
    role: keep.role ?? other.role,
    current: keep.current || other.current,
    createdAt: earliest(keep.createdAt, other.createdAt),
  };
}
