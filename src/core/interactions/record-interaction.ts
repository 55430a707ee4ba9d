import type { Deps, OwnerRepos } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { requireOwned } from '../shared/access.js';
import { newId } from '../shared/ids.js';
import { invalidField, parseInput } from '../shared/validate.js';
import { resolveOccurred } from './occurred.js';
import { type Interaction, type LogInteractionInput, logInteractionSchema } from './schema.js';

export async function assertNotFuture(repos: OwnerRepos, occurredOn: string, now: Date): Promise<void> {
  const { today } = await userClock(repos, now);
  // A refusal of the field, so the form marks it and the command line names --date.
  if (occurredOn > today) throw invalidField('occurredAt', `${occurredOn} is in the future`);
}

/**
 * Writes one interaction with already-scoped repositories, so another feature can log
 * one inside its own transaction (a share, an introduction); it resets each person's clock.
 */
export async function recordInteraction(
  repos: OwnerRepos,
  input: LogInteractionInput,
  now: Date,
): Promise<Interaction> {
  const data = parseInput(logInteractionSchema, input);
  const { timeZone } = await userClock(repos, now);
  const occurred = resolveOccurred(data.occurredAt, now, timeZone);
  await assertNotFuture(repos, occurred.occurredOn, now);
  await requireOwned(repos, [
    { field: 'personIds', kind: 'person', ids: data.personIds },
    { field: 'eventId', kind: 'event', ids: data.eventId },
  ]);
  const at = now.toISOString();
  const interaction: Interaction = {
    id: newId(),
    ...occurred,
    kind: data.kind,
    summary: data.summary,
    notes: data.notes,
    eventId: data.eventId,
    personIds: data.personIds,
    createdAt: at,
    updatedAt: at,
  };
  await repos.interactions.insert([interaction]);
  await repos.interactions.refreshLastInteraction(interaction.personIds);
  return interaction;
}

export async function logInteraction(deps: Deps, input: LogInteractionInput): Promise<Interaction> {
  return deps.repos.transaction((repos) => recordInteraction(repos, input, deps.now()));
}
