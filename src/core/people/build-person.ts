import { newId } from '../shared/ids.js';
import { parseInput } from '../shared/validate.js';
import { type CreatePersonInput, createPersonSchema, type Person, placeOf } from './schema.js';

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
  // Every field named, in one order: one object shape for every person an import builds.
  return {
    id: newId(),
    displayName: data.displayName,
    givenName: names.givenName,
    familyName: names.familyName,
    nickname: data.nickname,
    title: data.title,
    company: data.company,
    industry: data.industry,
    // A person with an address but no location is placed by it, so lists and search still say where.
    location: data.location ?? placeOf(data.addresses[0]),
    birthday: data.birthday,
    tier: data.tier,
    cadenceDays: data.cadenceDays ?? null,
    family: data.family,
    howMet: data.howMet,
    metOn: data.metOn,
    introducedById: data.introducedById ?? null,
    notes: data.notes,
    archived: false,
    emails: data.emails,
    phones: data.phones,
    links: data.links,
    addresses: data.addresses,
    tags: data.tags,
    topics: data.topics,
    offers: data.offers,
    needs: data.needs,
    createdAt: at,
    updatedAt: at,
  };
}
