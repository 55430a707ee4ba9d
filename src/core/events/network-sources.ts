import type { Deps } from '../repos.js';
import { lastContactFromEvents } from './contact.js';
import type { SourcesReport } from './schema.js';
import { sourcesReport } from './sources.js';

/** Which events and organizations introduced you to how many people, and how many you still keep up with. */
export async function networkSources(deps: Deps): Promise<SourcesReport> {
  const today = deps.now().toISOString().slice(0, 10);
  const [people, events, links, organizations, settings] = await Promise.all([
    deps.repos.people.all(),
    deps.repos.events.list({ limit: 100_000 }),
    deps.repos.events.links(),
    deps.repos.organizations.list(),
    deps.repos.settings.get(),
  ]);
  return {
    sources: sourcesReport({
      events,
      organizations,
      links,
      people,
      lastContact: lastContactFromEvents(people, events, links, today),
      cadences: settings.cadences,
      today,
    }),
  };
}
