import { getPerson } from '../people/get-person.js';
import type { Deps } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { localDateOf } from '../shared/dates.js';
import { meetingDay } from './rules.js';
import type { PersonEvent } from './schema.js';

/** The events a person is linked to (met there, with the day you met, or attending), latest first. */
export async function listPersonEvents(deps: Deps, personId: string): Promise<PersonEvent[]> {
  const person = await getPerson(deps, personId);
  const links = await deps.repos.events.links({ personId: person.id });
  const events = new Map((await deps.repos.events.getMany(links.map((link) => link.eventId))).map((e) => [e.id, e]));
  const { timeZone } = await userClock(deps.repos, deps.now());
  return links
    .flatMap((link) => {
      const event = events.get(link.eventId);
      if (!event) return [];
      const metOn = link.relation === 'met' ? meetingDay(event, localDateOf(new Date(link.createdAt), timeZone)) : null;
      return [{ event, link, metOn }];
    })
    .sort((a, b) => b.event.startsOn.localeCompare(a.event.startsOn) || a.event.name.localeCompare(b.event.name));
}
