import { getPerson } from '../people/get-person.js';
import { type Deps, inTransaction, type OwnerRepos } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { addDuration } from '../shared/dates.js';
import { parseInput } from '../shared/validate.js';
import { type ContactState, type SnoozeInput, snoozeSchema } from './schema.js';

/** The local date a snooze ends: the given date, or today plus the duration. */
export async function snoozeEnd(
  repos: OwnerRepos,
  input: { until?: string | undefined; for?: string | undefined },
  now: Date,
): Promise<string> {
  if (input.until) return input.until;
  const { today } = await userClock(repos, now);
  return addDuration(today, input.for ?? '0d');
}

/** Keeps someone off the daily list until the snooze ends (a past date ends it now). */
export async function snoozePerson(deps: Deps, personId: string, input: SnoozeInput): Promise<ContactState> {
  const data = parseInput(snoozeSchema, input);
  return inTransaction(deps, async (tx) => {
    await getPerson(tx, personId);
    const state = {
      ...(await tx.repos.keepInTouch.state(personId)),
      snoozedUntil: await snoozeEnd(tx.repos, data, deps.now()),
    };
    await tx.repos.keepInTouch.saveState(state);
    return state;
  });
}
