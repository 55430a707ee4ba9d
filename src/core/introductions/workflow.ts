import type { IntroductionStatus } from './schema.js';

/**
 * The double opt-in: ask A, then B, and make the introduction only once both agreed;
 * either may decline; a made introduction is followed up.
 */
const next: Record<IntroductionStatus, readonly IntroductionStatus[]> = {
  suggested: ['asked-a', 'declined'],
  'asked-a': ['asked-b', 'declined'],
  'asked-b': ['made', 'declined'],
  made: ['followed-up'],
  declined: [],
  'followed-up': [],
};

export function allowedNext(status: IntroductionStatus): readonly IntroductionStatus[] {
  return next[status];
}

export function canMove(from: IntroductionStatus, to: IntroductionStatus): boolean {
  return next[from].includes(to);
}

/** Days after a made introduction to ask both how it went. */
export const DEFAULT_FOLLOW_UP_DAYS = 21;

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
