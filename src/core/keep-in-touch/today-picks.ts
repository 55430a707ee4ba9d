import { addDays, daysBetween } from '../shared/dates.js';
import type { PickKind, TodayPick } from './picks-repo.js';

/** A dismissed dormant tie is not proposed again for this long. */
export const DISMISSED_FOR_DAYS = 365;
/** Someone proposed and not acted on waits this long before being proposed again. */
export const REPROPOSE_AFTER_DAYS = 90;
/** A kind is proposed at most once in this many days: a dormant tie a day, a hello a week. */
export const PICK_EVERY_DAYS: Record<PickKind, number> = { reconnect: 1, hello: 7 };

/**
 * What the recorded picks allow today for one kind: the person already picked today (shown
 * again all day), or whether a new one may be picked, and who may not be.
 */
export type PickRule = { pickedToday: string | null; mayPick: boolean; excluded: Set<string> };

export function pickRule(kind: PickKind, picks: readonly TodayPick[], today: string): PickRule {
  const mine = picks.filter((pick) => pick.kind === kind && pick.shownOn <= today);
  const todays = mine.find((pick) => pick.shownOn === today);
  const windowStart = addDays(today, 1 - PICK_EVERY_DAYS[kind]);
  const excluded = new Set(
    mine
      .filter(
        (pick) =>
          pick.shownOn > addDays(today, -REPROPOSE_AFTER_DAYS) ||
          (pick.dismissedOn !== null && pick.dismissedOn > addDays(today, -DISMISSED_FOR_DAYS)),
      )
      .map((pick) => pick.personId),
  );
  return {
    pickedToday: todays && todays.dismissedOn === null ? todays.personId : null,
    mayPick: !mine.some((pick) => pick.shownOn >= windowStart),
    excluded,
  };
}

/** "3 weeks", "5 months", "2 years and 3 months": how long from one day to another. */
export function durationWords(from: string, to: string): string {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  let totalMonths = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  if (totalMonths < 1) {
    const days = daysBetween(from, to);
    const weeks = Math.floor(days / 7);
    return weeks >= 2 ? `${weeks} weeks` : `${days} day${days === 1 ? '' : 's'}`;
  }
  const years = Math.floor(totalMonths / 12);
  totalMonths -= years * 12;
  const parts = [
    years > 0 ? `${years} year${years === 1 ? '' : 's'}` : '',
    totalMonths > 0 ? `${totalMonths} month${totalMonths === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return parts.join(' and ');
}
