import { dedupeLabels } from '../shared/fields.js';
import { foldText } from '../shared/text.js';
import type { PersonKeyKind } from './repo.js';
import { type AddressEntry, addressesOf, type LinkEntry, type Person } from './schema.js';
import { valueKey } from './value-keys.js';

/** A person's one-value fields besides the name and notes: combining fills them when empty. */
export const scalarFields = [
  'givenName',
  'familyName',
  'nickname',
  'title',
  'company',
  'industry',
  'location',
  'birthday',
  'cadenceDays',
  'howMet',
  'metOn',
  'introducedById',
] as const;

type Entry = { value: string; label: string | null };

function unionBy(
  kind: 'email' | 'phone' | 'link',
  target: readonly Entry[],
  source: readonly Entry[],
  region: string,
): Entry[] {
  const seen = new Set(target.map((entry) => valueKey(kind, entry.value, region)));
  const result = [...target];
  for (const entry of source) {
    const key = valueKey(kind, entry.value, region);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(entry);
  }
  return result;
}

export type CombineOptions = {
  /** Merging two records of one person joins both notes; an import only fills empty notes. */
  joinNotes: boolean;
  /** The owner's phone region: numbers written without + are compared as numbers of this country. */
  phoneRegion: string;
};

/** The same address written with other case or spacing is one address. */
function addressKey(address: AddressEntry): string {
  return [address.street, address.city, address.region, address.postcode, address.country]
    .map((part) =>
      foldText(part ?? '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .join('|');
}

function unionAddresses(target: AddressEntry[], source: AddressEntry[]): AddressEntry[] {
  const seen = new Set(target.map(addressKey));
  return [...target, ...source.filter((address) => !seen.has(addressKey(address)))];
}

/**
 * `target` with what `source` adds: empty fields filled, new emails, phones, links,
 * tags, topics, offers and needs appended. Nothing `target` has is overwritten, so an
 * import never undoes what the user edited.
 */
export function combinePeople(target: Person, source: Person, options: CombineOptions): Person {
  const combined: Person = { ...target };
  for (const field of scalarFields) {
    if (combined[field] === null && source[field] !== null) {
      Object.assign(combined, { [field]: source[field] });
    }
  }
  if (combined.introducedById === combined.id) combined.introducedById = null;
  // Either record saying "family" is the user having said so.
  if (source.family) combined.family = true;
  const region = options.phoneRegion;
  combined.emails = unionBy('email', target.emails, source.emails, region);
  combined.phones = unionBy('phone', target.phones, source.phones, region);
  combined.links = unionBy(
    'link',
    target.links.map((link) => ({ value: link.url, label: link.label })),
    source.links.map((link) => ({ value: link.url, label: link.label })),
    region,
  ).map((entry) => ({ url: entry.value, label: entry.label }));
  combined.addresses = unionAddresses(addressesOf(target), addressesOf(source));
  combined.tags = dedupeLabels([...target.tags, ...source.tags]);
  combined.topics = dedupeLabels([...target.topics, ...source.topics]);
  combined.offers = dedupeLabels([...target.offers, ...source.offers]);
  combined.needs = dedupeLabels([...target.needs, ...source.needs]);
  if (options.joinNotes && target.notes && source.notes && target.notes !== source.notes) {
    combined.notes = `${target.notes}\n\n${source.notes}`;
  } else {
    combined.notes = target.notes ?? source.notes;
  }
  return combined;
}

/**
 * Whether `combined` (from combinePeople(target, …)) holds anything `target` did not.
 * Combining only fills and appends, so comparing what can change is enough.
 */
export function changedBy(target: Person, combined: Person): boolean {
  return (
    scalarFields.some((field) => target[field] !== combined[field]) ||
    target.notes !== combined.notes ||
    target.emails.length !== combined.emails.length ||
    target.phones.length !== combined.phones.length ||
    target.links.length !== combined.links.length ||
    addressesOf(target).length !== addressesOf(combined).length ||
    target.tags.length !== combined.tags.length ||
    target.topics.length !== combined.topics.length ||
    target.offers.length !== combined.offers.length ||
    target.needs.length !== combined.needs.length
  );
}

/** A LinkedIn profile identifies a person; other links (a website, a blog) do not. */
export function isLinkedInProfile(link: LinkEntry): boolean {
  return link.label === 'linkedin' || /linkedin\.com\/in\//i.test(link.url);
}

/**
 * The keys a person is recognised by across imports: emails, LinkedIn profile URLs, phones
 * (E.164, numbers without + read in the owner's `region`). The repository stores them, to
 * find who holds a key.
 */
export function identityKeys(person: Person, region: string): { kind: PersonKeyKind; key: string }[] {
  return [
    ...person.emails.map((email) => ({ kind: 'email' as const, key: valueKey('email', email.value) })),
    ...person.links
      .filter(isLinkedInProfile)
      .map((link) => ({ kind: 'link' as const, key: valueKey('link', link.url) })),
    ...person.phones.map((phone) => ({ kind: 'phone' as const, key: valueKey('phone', phone.value, region) })),
  ].filter((entry) => entry.key.length > 0);
}
