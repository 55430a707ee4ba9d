import { KithError } from '../errors.js';
import { getPerson } from '../people/get-person.js';
import { type Deps, inTransaction } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { addDays } from '../shared/dates.js';
import { DISMISSED_FOR_DAYS } from './today-picks.js';

/** "Not now" to a proposed dormant tie: they are not proposed again for a year. */
export async function dismissReconnect(
  deps: Deps,
  personId: string,
): Promise<{ personId: string; silencedUntil: string }> {
  return inTransaction(deps, async (tx) => {
    const person = await getPerson(tx, personId);
    const { today } = await userClock(tx.repos, deps.now());
    const dismissed = await tx.repos.todayPicks.dismiss('reconnect', person.id, today);
    if (dismissed === 0) {
      throw new KithError('CONFLICT', `${person.displayName} has not been proposed as a dormant tie to reconnect with`);
    }
    return { personId: person.id, silencedUntil: addDays(today, DISMISSED_FOR_DAYS) };
  });
}
