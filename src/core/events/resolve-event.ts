import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';
import { matchByName } from '../shared/match-name.js';
import type { KithEvent } from './schema.js';

export async function getEvent(deps: Deps, id: string): Promise<KithEvent> {
  const event = await deps.repos.events.get(id);
  if (!event) throw new KithError('EVENT_NOT_FOUND', `No event with id ${id}`);
  return event;
}

/** The one event an id or a name refers to; several matches list their ids and dates. */
export async function resolveEvent(deps: Deps, idOrName: string): Promise<KithEvent> {
  const key = idOrName.trim();
  const byId = await deps.repos.events.get(key);
  if (byId) return byId;
  const matches = matchByName(await deps.repos.events.list({ limit: 100_000 }), key, (event) => event.name);
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length > 1) {
    const candidates = matches.map((event) => ({ id: event.id, name: event.name, startsOn: event.startsOn }));
    const listed = candidates.map((c) => `${c.id} (${c.name}, ${c.startsOn})`).join('; ');
    throw new KithError('AMBIGUOUS_NAME', `"${key}" matches ${matches.length} events, use an id: ${listed}`, {
      candidates,
    });
  }
  throw new KithError('EVENT_NOT_FOUND', `No event with id or name "${key}"`);
}
