import { introductionSteps } from './constants.js';
import type { IntroductionStatus } from './schema.js';

const next: Record<IntroductionStatus, readonly IntroductionStatus[]> = introductionSteps;

export function allowedNext(status: IntroductionStatus): readonly IntroductionStatus[] {
  return next[status];
}

export function canMove(from: IntroductionStatus, to: IntroductionStatus): boolean {
  return next[from].includes(to);
}

/** Days after a made introduction to ask both how it went. */
export const DEFAULT_FOLLOW_UP_DAYS = 21;
