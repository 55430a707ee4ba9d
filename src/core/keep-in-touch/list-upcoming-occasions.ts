import type { Deps } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { parseInput } from '../shared/validate.js';
import { occasionMonthDays } from './get-today.js';
import { type UpcomingOccasion, type UpcomingOccasionsInput, upcomingOccasionsSchema } from './schema.js';
import { upcomingOccasions } from './upcoming.js';

/** Birthdays and important dates of people not archived, in the next `days` days (the user's today). */
export async function listUpcomingOccasions(
  deps: Deps,
  input: UpcomingOccasionsInput = {},
): Promise<UpcomingOccasion[]> {
  const { days, asOf } = parseInput(upcomingOccasionsSchema, input);
  const today = asOf ?? (await userClock(deps.repos, deps.now())).today;
  const monthDays = occasionMonthDays(today, days);
  const [birthdays, occasions] = await Promise.all([
    deps.repos.keepInTouch.birthdaysOn(monthDays),
    deps.repos.occasions.onMonthDays(monthDays),
  ]);
  const names = new Map(birthdays.map((row) => [row.id, row.name]));
  const missing = occasions.map((o) => o.personId).filter((id) => !names.has(id));
  // contacts() leaves archived people out, so their occasions drop here too.
  for (const row of missing.length > 0 ? await deps.repos.keepInTouch.contacts(missing) : []) {
    names.set(row.id, row.name);
  }
  return upcomingOccasions(today, days, [
    ...birthdays.flatMap((row) =>
      row.birthday ? [{ personId: row.id, personName: row.name, label: 'birthday', date: row.birthday }] : [],
    ),
    ...occasions.flatMap((o) => {
      const personName = names.get(o.personId);
      return personName === undefined ? [] : [{ personId: o.personId, personName, label: o.label, date: o.date }];
    }),
  ]);
}
