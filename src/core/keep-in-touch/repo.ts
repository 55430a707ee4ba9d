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
  family: boolean;
};

/**
 * Which people may be on today's list, so storage can skip the rest: everyone with their
 * own cadence; per tier, the `perTier` earliest clock starts on or before the cut-off
 * (within a tier, the earlier the clock start the more overdue, so nobody else of the tier
 * can outrank them without another reason); and birthdays on these month-days. Snoozed
 * people are left out. People with other reasons (reminders, occasions) are read by id.
 */
export type CandidateQuery = {
  today: string;
  dueBy: readonly { tier: Tier; clockStartOnOrBefore: string }[];
  birthdayMonthDays: readonly string[];
  perTier: number;
};

export type KeepInTouchRepo = {
  state(personId: string): Promise<ContactState>;
  /** Writes snooze and drift silence; the last interaction day belongs to the interactions repository. */
  saveState(state: ContactState): Promise<void>;
  candidates(query: CandidateQuery): Promise<ContactRow[]>;
  /** Not archived people whose birthday's month and day (MM-DD) is one of these. */
  birthdaysOn(monthDays: readonly string[]): Promise<ContactRow[]>;
  /** Not archived people by id, whatever their state (the caller checks snoozes). */
  contacts(personIds: readonly string[]): Promise<ContactRow[]>;
  /** Days people were shown on the list after their last interaction. */
  suggestionsSinceLastInteraction(): Promise<Suggestion[]>;
  recordSuggestions(personIds: readonly string[], shownOn: string): Promise<void>;
};
