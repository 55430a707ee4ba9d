import type { Deps } from '../repos.js';
import { getOrganization } from './resolve-organization.js';
import type { OrganizationView } from './schema.js';

/** An organization with the people you know there, meetings you went to, talks you gave and whom you met. */
export async function viewOrganization(deps: Deps, id: string): Promise<OrganizationView> {
  const organization = await getOrganization(deps, id);
  const affiliations = await deps.repos.organizations.affiliations({ organizationId: id });
  const events = await deps.repos.events.list({ organizationId: id, limit: 1000 });
  const links = await deps.repos.events.links({ eventIds: events.map((event) => event.id) });
  const met = links.filter((link) => link.relation === 'met');
  const people = new Map(
    (await deps.repos.people.getMany([...affiliations, ...met].map((row) => row.personId))).map((p) => [p.id, p]),
  );
  const eventNames = new Map(events.map((event) => [event.id, event.name]));
  const summary = (event: (typeof events)[number]) => ({
    id: event.id,
    name: event.name,
    kind: event.kind,
    startsOn: event.startsOn,
    status: event.status,
    role: event.role,
    talkTitle: event.talkTitle,
  });
  return {
    organization,
    members: affiliations
      .map((a) => ({
        id: a.personId,
        displayName: people.get(a.personId)?.displayName ?? '',
        role: a.role,
        current: a.current,
      }))
      .sort((a, b) => Number(b.current) - Number(a.current) || a.displayName.localeCompare(b.displayName)),
    meetingsAttended: events.filter((event) => event.status === 'attended').map(summary),
    talksGiven: events.filter((event) => event.role === 'speaker' && event.status !== 'skipped').map(summary),
    peopleMet: met.map((link) => ({
      id: link.personId,
      displayName: people.get(link.personId)?.displayName ?? '',
      eventId: link.eventId,
      eventName: eventNames.get(link.eventId) ?? '',
    })),
  };
}
