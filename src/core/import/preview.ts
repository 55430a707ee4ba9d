import { findDuplicates } from '../dedupe/find-duplicates.js';
import { nicknameFamily } from '../dedupe/nicknames.js';
import { nameTokens } from '../dedupe/similarity.js';
import { identityKeys } from '../people/combine-people.js';
import { type AddressEntry, addressesOf, type Person } from '../people/schema.js';

/** People listed by name in an import's summary; the counts cover the rest. */
export const PREVIEW_PEOPLE = 200;

/** One field an import changes on a stored person: a value filled in, or values added to a list. */
export type FieldChange = { field: string; values: string[] };

/** The words the preview uses for a person's fields. */
const fieldLabels = {
  givenName: 'first name',
  familyName: 'last name',
  nickname: 'nickname',
  title: 'title',
  company: 'organization',
  industry: 'industry',
  location: 'location',
  birthday: 'birthday',
  cadenceDays: 'cadence (days)',
  howMet: 'how you met',
  metOn: 'met on',
  introducedById: 'introduced by',
  notes: 'notes',
} as const;

function addressLine(address: AddressEntry): string {
  return [address.street, address.city, address.region, address.postcode, address.country].filter(Boolean).join(', ');
}

function added(before: readonly string[], after: readonly string[]): string[] {
  const had = new Set(before);
  return after.filter((value) => !had.has(value));
}

/**
 * What an import did to a stored person, field by field: combining only fills empty
 * fields and appends to lists, so a filled field and a list's new entries say it all.
 */
export function personChanges(before: Person, after: Person): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, label] of Object.entries(fieldLabels) as [keyof typeof fieldLabels, string][]) {
    const value = after[field];
    if (before[field] !== value && value !== null && value !== undefined) {
      changes.push({ field: label, values: [field === 'notes' ? 'added' : String(value)] });
    }
  }
  if (!before.family && after.family) changes.push({ field: 'family', values: ['yes'] });
  const lists: [string, string[], string[]][] = [
    ['emails', before.emails.map((e) => e.value), after.emails.map((e) => e.value)],
    ['phones', before.phones.map((p) => p.value), after.phones.map((p) => p.value)],
    ['links', before.links.map((l) => l.url), after.links.map((l) => l.url)],
    ['addresses', addressesOf(before).map(addressLine), addressesOf(after).map(addressLine)],
    ['tags', before.tags, after.tags],
    ['topics', before.topics, after.topics],
    ['offers', before.offers, after.offers],
    ['needs', before.needs, after.needs],
  ];
  for (const [field, had, has] of lists) {
    const values = added(had, has);
    if (values.length > 0) changes.push({ field, values });
  }
  return changes;
}

/** A stored person a new one is likely the same as, by dedupe's scoring. */
export type LikelyDuplicate = {
  id: string;
  displayName: string;
  company: string | null;
  score: number;
  evidence: string[];
};

function nameWords(person: Pick<Person, 'displayName'>): string[] {
  return nameTokens(person.displayName).flatMap((word) => [word, ...nicknameFamily(word)]);
}

/**
 * For each new person, the stored person they most likely are (dedupe's scoring and
 * threshold), if any. Only stored people sharing a name word (or its nicknames), an email
 * or a phone with a new one are scored, so a large network is not deduplicated whole.
 */
export function likelyDuplicates(
  created: readonly Person[],
  stored: readonly Person[],
  phoneRegion: string,
): Map<string, LikelyDuplicate> {
  const words = new Set(created.flatMap(nameWords));
  const keys = new Set(created.flatMap((person) => identityKeys(person, phoneRegion).map((entry) => entry.key)));
  const near = stored.filter(
    (person) =>
      nameWords(person).some((word) => words.has(word)) ||
      identityKeys(person, phoneRegion).some((entry) => keys.has(entry.key)),
  );
  const result = new Map<string, LikelyDuplicate>();
  if (near.length === 0) return result;
  const isNew = new Set(created.map((person) => person.id));
  const byId = new Map(near.map((person) => [person.id, person]));
  for (const pair of findDuplicates([...near, ...created], { phoneRegion })) {
    if (isNew.has(pair.aId) === isNew.has(pair.bId)) continue;
    const [newId, storedId] = isNew.has(pair.aId) ? [pair.aId, pair.bId] : [pair.bId, pair.aId];
    const match = byId.get(storedId);
    // Pairs come best first: the first one for a new person is its likeliest.
    if (!match || result.has(newId)) continue;
    result.set(newId, {
      id: match.id,
      displayName: match.displayName,
      company: match.company,
      score: pair.score,
      evidence: pair.evidence,
    });
  }
  return result;
}
