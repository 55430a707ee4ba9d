/** A person as a `person` row and key rows, and back: the one mapping both databases use. */
import { type RawBuilder, type Selectable, sql } from 'kysely';
import { identityKeys } from '../../core/people/combine-people.js';
import type { PersonIndexing } from '../../core/people/indexing.js';
import type { Person, Tier } from '../../core/people/schema.js';
import { sortName } from '../../core/people/search-document.js';
import { nameStarts } from '../../core/people/search-words.js';
import type { PersonKeyTable, PersonNameStartTable, PersonTable } from '../schema.js';

/** A whole `person` row, as a write reads what it replaces (its search rowid, its card revision). */
export type StoredPersonRow = Selectable<PersonTable>;

/**
 * The columns a `Person` is read from. A read of the whole row also carried its search
 * and sort keys, owner and counters: a third of the cost of each row a search returns.
 */
export const personColumns = [
  'id',
  'display_name',
  'given_name',
  'family_name',
  'nickname',
  'title',
  'company',
  'industry',
  'location',
  'birthday',
  'tier',
  'cadence_days',
  'family',
  'how_met',
  'met_on',
  'introduced_by_id',
  'notes',
  'archived',
  'values_json',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof PersonTable)[];

export type PersonRow = Pick<StoredPersonRow, (typeof personColumns)[number]>;

/**
 * `personColumns` of the table or alias `person`, for a query written in SQL: the text
 * Kysely would make of their references, written once (compiling 21 references on every
 * query took about 10 µs, a search runs it once or twice a request).
 */
export const personColumnsSql: RawBuilder<unknown> = sql.raw(
  personColumns.map((column) => `"person"."${column}"`).join(', '),
);

type ValueLists = Pick<Person, 'emails' | 'phones' | 'links' | 'addresses' | 'tags' | 'topics' | 'offers' | 'needs'>;

/** An empty list is left out of the JSON: most people have few kinds of values. */
function someOf<T>(list: readonly T[]): readonly T[] | undefined {
  return list.length > 0 ? list : undefined;
}

export function valuesJson(person: Person): string {
  return JSON.stringify({
    emails: someOf(person.emails),
    phones: someOf(person.phones),
    links: someOf(person.links),
    addresses: someOf(person.addresses ?? []),
    tags: someOf(person.tags),
    topics: someOf(person.topics),
    offers: someOf(person.offers),
    needs: someOf(person.needs),
  } satisfies { [K in keyof ValueLists]: Readonly<ValueLists[K]> | undefined });
}

/**
 * A person's person_name_start rows (PostgreSQL; SQLite reads its first search tier from
 * the name index and the word index, ADR 0059): one per distinct start of a word of their
 * name, each with the name.
 */
export function nameStartRows(
  ownerId: string,
  person: Person,
  { document }: Pick<PersonIndexing, 'document'>,
): PersonNameStartTable[] {
  const sort_name = sortName(person.displayName);
  return nameStarts(document.nameText).map((start) => ({
    owner_id: ownerId,
    start,
    sort_name,
    person_id: person.id,
    search_name: document.nameText,
  }));
}

export function toRow(
  ownerId: string,
  person: Person,
  searchRowid: number | null,
  { document, searchWords }: Pick<PersonIndexing, 'document' | 'searchWords'>,
  cardRevision: number,
): PersonTable {
  return {
    owner_id: ownerId,
    id: person.id,
    display_name: person.displayName,
    sort_name: sortName(person.displayName),
    search_name: document.nameText,
    search_rowid: searchRowid,
    search_words: searchWords,
    given_name: person.givenName,
    family_name: person.familyName,
    nickname: person.nickname,
    title: person.title,
    company: person.company,
    industry: person.industry,
    location: person.location,
    birthday: person.birthday,
    tier: person.tier,
    cadence_days: person.cadenceDays,
    family: person.family ? 1 : 0,
    how_met: person.howMet,
    met_on: person.metOn,
    introduced_by_id: person.introducedById,
    notes: person.notes,
    archived: person.archived ? 1 : 0,
    created_at: person.createdAt,
    updated_at: person.updatedAt,
    values_json: valuesJson(person),
    card_revision: cardRevision,
  };
}

/** A person's key rows, from their identity keys (`identityKeys`: emails, phones, LinkedIn links). */
export function keyRows(ownerId: string, person: Person, keys: PersonIndexing['keys']): PersonKeyTable[] {
  return keys.map(({ kind, key }) => ({ owner_id: ownerId, kind, value_key: key, person_id: person.id }));
}

/** The keys other people are matched against this one by (imports), phones read in `region`. */
export function personKeys(ownerId: string, person: Person, region: string): PersonKeyTable[] {
  return keyRows(ownerId, person, identityKeys(person, region));
}

export function fromRow(row: PersonRow): Person {
  const lists = JSON.parse(row.values_json) as Partial<ValueLists>;
  return {
    id: row.id,
    displayName: row.display_name,
    givenName: row.given_name,
    familyName: row.family_name,
    nickname: row.nickname,
    title: row.title,
    company: row.company,
    industry: row.industry,
    location: row.location,
    birthday: row.birthday,
    tier: row.tier as Tier,
    cadenceDays: row.cadence_days,
    family: Number(row.family) === 1,
    howMet: row.how_met,
    metOn: row.met_on,
    introducedById: row.introduced_by_id,
    notes: row.notes,
    archived: Number(row.archived) === 1,
    emails: lists.emails ?? [],
    phones: lists.phones ?? [],
    links: lists.links ?? [],
    addresses: lists.addresses ?? [],
    tags: lists.tags ?? [],
    topics: lists.topics ?? [],
    offers: lists.offers ?? [],
    needs: lists.needs ?? [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
