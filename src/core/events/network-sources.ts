import type { Deps } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { lastContact } from './contact.js';
import type { SourcesReport } from './schema.js';
import { sourcesReport } from './sources.js';

/** Which events and organizations introduced you to how many people, and how many you still keep up with. */
export async function networkSources(deps: Deps): Promise<SourcesReport> {
  const { today, settings } = await userClock(deps.repos, deps.now());
  const [people, events, links, history, organizations] = await Promise.all([
    deps.repos.events.networkPeople(),
    deps.repos.events.list({ limit: 100_000 }),
    deps.repos.events.links(),
    deps.repos.events.contactHistory(),
    deps.repos.organizations.list(),
  ]);
  return {
    sources: sourcesReport({
      events,
      organizations,
      links,
      people,
      lastContact: lastContact(people, events, links, history, today),
      cadences: settings.cadences,
      today,
    }),
  };
}
