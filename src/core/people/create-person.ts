import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';
import { newId } from '../shared/ids.js';
import { parseInput } from '../shared/validate.js';
import { type CreatePersonInput, createPersonSchema, type Person } from './schema.js';

/** "Ada Okafor" → given "Ada", family "Okafor", when the caller gave neither. */
export function splitName(displayName: string): { givenName: string | null; familyName: string | null } {
  const parts = displayName.trim().split(/\s+/);
  if (parts.length < 2) return { givenName: parts[0] || null, familyName: null };
  return { givenName: parts.slice(0, -1).join(' '), familyName: parts.at(-1) ?? null };
}

/** Builds a valid person from input without storing it (imports and demo data build many at once). */
export function buildPerson(input: CreatePersonInput, now: Date): Person {
  const data = parseInput(createPersonSchema, input);
  const names =
    data.givenName || data.familyName
      ? { givenName: data.givenName, familyName: data.familyName }
      : splitName(data.displayName);
  const at = now.toISOString();
  return {
    id: newId(),
    ...data,
    ...names,
    cadenceDays: data.cadenceDays ?? null,
    introducedById: data.introducedById ?? null,
    archived: false,
    createdAt: at,
    updatedAt: at,
  };
}

export async function assertIntroducerExists(deps: Deps, introducedById: string | null | undefined): Promise<void> {
  if (!introducedById) return;
  if (!(await deps.repos.people.get(introducedById))) {
    throw new KithError('PERSON_NOT_FOUND', `introducedById: no person with id ${introducedById}`);
  }
}

export async function createPerson(deps: Deps, input: CreatePersonInput): Promise<Person> {
  const person = buildPerson(input, deps.now());
  await assertIntroducerExists(deps, person.introducedById);
  await deps.repos.people.insert([person]);
  return person;
}
