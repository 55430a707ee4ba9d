import { type ErrorCode, KithError } from '../errors.js';

/**
 * The kinds of record a request may name by id besides the one in its path: an
 * interaction's participants and event, a person's introducer, an event's organization,
 * a share's item and person, an introduction's two people, a merge's other person.
 */
export type ReferencedKind = 'person' | 'event' | 'organization' | 'item';

/** Storage's half of the access check: which of these ids name the owner's own records. */
export type AccessRepo = {
  ownedIds(kind: ReferencedKind, ids: readonly string[]): Promise<ReadonlySet<string>>;
};

/** One field of an input and the ids it names (absent, null or empty names none). */
export type Reference = {
  field: string;
  kind: ReferencedKind;
  ids: string | readonly string[] | null | undefined;
};

const missing: Record<ReferencedKind, { code: ErrorCode; noun: string }> = {
  person: { code: 'PERSON_NOT_FOUND', noun: 'person' },
  event: { code: 'EVENT_NOT_FOUND', noun: 'event' },
  organization: { code: 'ORGANIZATION_NOT_FOUND', noun: 'organization' },
  item: { code: 'ITEM_NOT_FOUND', noun: 'item' },
};

/**
 * The one access check for ids an input names (immich's access repository, in kith's
 * terms): every id is looked up among the owner's records, one query per kind whatever
 * the number of fields, and the first that is not theirs is "not found" (404), naming its
 * field, the same answer as for an id that exists nowhere. Another user's id is never
 * told apart from a wrong one.
 */
export async function requireOwned(repos: { access: AccessRepo }, references: readonly Reference[]): Promise<void> {
  const wanted = new Map<ReferencedKind, Set<string>>();
  const named = references.map((reference) => {
    const ids = (typeof reference.ids === 'string' ? [reference.ids] : (reference.ids ?? [])).filter(Boolean);
    if (ids.length > 0) {
      const set = wanted.get(reference.kind) ?? new Set<string>();
      for (const id of ids) set.add(id);
      wanted.set(reference.kind, set);
    }
    return { ...reference, ids };
  });
  const owned = new Map<ReferencedKind, ReadonlySet<string>>();
  for (const [kind, ids] of wanted) owned.set(kind, await repos.access.ownedIds(kind, [...ids]));
  for (const reference of named) {
    const found = owned.get(reference.kind);
    const absent = reference.ids.find((id) => !found?.has(id));
    if (absent === undefined) continue;
    const { code, noun } = missing[reference.kind];
    throw new KithError(code, `${reference.field}: no ${noun} with id ${absent}`);
  }
}
