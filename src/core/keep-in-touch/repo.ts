import type { Tier } from '../people/schema.js';
import type { Suggestion } from './daily-list.js';
import type { ContactState } from './schema.js';

/** A person with what the daily list needs, and nothing else (it reads many at once). */
export type ContactRow = {
  id: string;
  name: string;
  tier: Tier;
  cadenceDays: number | null;
  birthday: string | null;
  createdAt: string;
  lastInteractionOn: string | null;
  snoozedUntil: string | null;
  driftSilencedUntil: string | null;
};

/**
 * Which people may be on today's list, so storage can skip the rest: those with their
 * own cadence, those whose tier cadence is up (clock start on or before the cut-off),
 * those with a birthday on one of these month-days, and these ids. Snoozed people are left out.
 */
export type CandidateQuery = {
  today: string;
  dueBy: readonly { tier: Tier; clockStartOnOrBefore: string }[];
  birthdayMonthDays: readonly string[];
};

export type KeepInTouchRepo = {
  state(personId: string): Promise<ContactState>;
  /** Writes snooze and drift silence; the last interaction day belongs to the interactions repository. */
  saveState(state: ContactState): Promise<void>;
  candidates(query: CandidateQuery): Promise<ContactRow[]>;
  /** Not archived people by id, whatever their state (the caller checks snoozes). */
  contacts(personIds: readonly string[]): Promise<ContactRow[]>;
  /** Days people were shown on the list after their last interaction. */
  suggestionsSinceLastInteraction(): Promise<Suggestion[]>;
  recordSuggestions(personIds: readonly string[], shownOn: string): Promise<void>;
};
