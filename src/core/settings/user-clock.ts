import type { OwnerRepos } from '../repos.js';
import { effectiveTimeZone, localDateOf } from '../shared/dates.js';
import type { Settings } from './schema.js';

export type UserClock = { settings: Settings; timeZone: string; today: string };

/** The user's settings, zone (their setting, else the system's) and local date now. */
export async function userClock(repos: OwnerRepos, now: Date): Promise<UserClock> {
  const settings = await repos.settings.get();
  const timeZone = effectiveTimeZone(settings.timeZone);
  return { settings, timeZone, today: localDateOf(now, timeZone) };
}
