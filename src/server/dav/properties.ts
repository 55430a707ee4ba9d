import { type CardClock, cardEtag, clockText, MAX_CARD_BYTES } from '../../core/dav/schema.js';
import { escapeXml } from './xml.js';

export const DAV_ROOT = '/dav/';
export const PRINCIPAL = '/dav/principal/';
export const HOME = '/dav/addressbooks/';
export const BOOK = '/dav/addressbooks/kith/';

/** What a PROPFIND or REPORT can be about. */
export type Resource =
  | { kind: 'root' | 'principal' | 'home' | 'book' }
  | { kind: 'card'; href: string; etag: string; card?: string };

/** What the properties of any resource are computed from. */
export type PropertyContext = { displayName: string; clock: CardClock };

/** Card names in URLs: vdirsyncer's own quoting (everything but unreserved characters, `@` and `:`). */
export function cardUrl(name: string): string {
  return `${BOOK}${encodeURIComponent(name).replace(/%40/g, '@').replace(/%3A/gi, ':')}`;
}

/** The sync token of a point of the card clock (RFC 6578 wants a URI). */
export function syncToken(clock: CardClock): string {
  return `urn:kith:sync:${clockText(clock)}`;
}

/** The point of the clock a sync token names, or undefined when it is none of kith's. */
export function readSyncToken(token: string): CardClock | undefined {
  const match = token.match(/^urn:kith:sync:(?:([0-9a-z]+)-)?(\d+)$/);
  return match ? { epoch: match[1] ?? '', revision: Number(match[2]) } : undefined;
}

const href = (path: string) => `<d:href>${escapeXml(path)}</d:href>`;
const privileges = [
  'read',
  'write',
  'write-properties',
  'write-content',
  'bind',
  'unbind',
  'read-current-user-privilege-set',
]
  .map((name) => `<d:privilege><d:${name}/></d:privilege>`)
  .join('');
const reports = ['d:sync-collection', 'card:addressbook-multiget', 'card:addressbook-query']
  .map((name) => `<d:supported-report><d:report><${name}/></d:report></d:supported-report>`)
  .join('');

type Property = (resource: Resource, context: PropertyContext) => string | undefined;

const collection = (resource: Resource) => resource.kind !== 'card';
const onBook = (resource: Resource) => resource.kind === 'book';

/** Every property kith answers, by its local name, as the element to send (undefined: not on this resource). */
const properties: Record<string, Property> = {
  resourcetype: (resource) => {
    if (resource.kind === 'card') return '<d:resourcetype/>';
    if (resource.kind === 'principal') return '<d:resourcetype><d:principal/></d:resourcetype>';
    if (resource.kind === 'book') return '<d:resourcetype><d:collection/><card:addressbook/></d:resourcetype>';
    return '<d:resourcetype><d:collection/></d:resourcetype>';
  },
  displayname: (resource, context) => {
    if (resource.kind === 'book') return '<d:displayname>kith</d:displayname>';
    if (resource.kind === 'principal') return `<d:displayname>${escapeXml(context.displayName)}</d:displayname>`;
    return undefined;
  },
  'current-user-principal': () => `<d:current-user-principal>${href(PRINCIPAL)}</d:current-user-principal>`,
  'principal-URL': (resource) =>
    resource.kind === 'principal' ? `<d:principal-URL>${href(PRINCIPAL)}</d:principal-URL>` : undefined,
  owner: (resource) => (collection(resource) ? `<d:owner>${href(PRINCIPAL)}</d:owner>` : undefined),
  'addressbook-home-set': (resource) =>
    resource.kind === 'principal' || resource.kind === 'root'
      ? `<card:addressbook-home-set>${href(HOME)}</card:addressbook-home-set>`
      : undefined,
  'current-user-privilege-set': () => `<d:current-user-privilege-set>${privileges}</d:current-user-privilege-set>`,
  'supported-report-set': (resource) =>
    onBook(resource) ? `<d:supported-report-set>${reports}</d:supported-report-set>` : undefined,
  'supported-address-data': (resource) =>
    onBook(resource)
      ? '<card:supported-address-data><card:address-data-type content-type="text/vcard" version="3.0"/><card:address-data-type content-type="text/vcard" version="4.0"/></card:supported-address-data>'
      : undefined,
  'max-resource-size': (resource) =>
    onBook(resource) ? `<card:max-resource-size>${MAX_CARD_BYTES}</card:max-resource-size>` : undefined,
  'addressbook-description': (resource) =>
    onBook(resource) ? '<card:addressbook-description>Your kith network</card:addressbook-description>' : undefined,
  'sync-token': (resource, context) =>
    onBook(resource) ? `<d:sync-token>${syncToken(context.clock)}</d:sync-token>` : undefined,
  getctag: (resource, context) =>
    onBook(resource) ? `<cs:getctag>${cardEtag(context.clock)}</cs:getctag>` : undefined,
  getetag: (resource, context) => {
    if (resource.kind === 'card') return `<d:getetag>${escapeXml(resource.etag)}</d:getetag>`;
    return onBook(resource) ? `<d:getetag>${cardEtag(context.clock)}</d:getetag>` : undefined;
  },
  getcontenttype: (resource) =>
    resource.kind === 'card'
      ? '<d:getcontenttype>text/vcard; charset=utf-8</d:getcontenttype>'
      : '<d:getcontenttype>httpd/unix-directory</d:getcontenttype>',
  getcontentlength: (resource) =>
    resource.kind === 'card' && resource.card !== undefined
      ? `<d:getcontentlength>${Buffer.byteLength(resource.card)}</d:getcontentlength>`
      : undefined,
  'address-data': (resource) =>
    resource.kind === 'card' && resource.card !== undefined
      ? `<card:address-data>${escapeXml(resource.card)}</card:address-data>`
      : undefined,
};

/** What `allprop` (or an empty PROPFIND) returns. */
const ALL = [
  'resourcetype',
  'displayname',
  'getetag',
  'getcontenttype',
  'current-user-principal',
  'sync-token',
  'getctag',
];

/** The properties asked for that this resource has; ones it lacks are left out. */
export function propertiesOf(
  resource: Resource,
  requested: readonly string[] | 'all',
  context: PropertyContext,
): string[] {
  const names = requested === 'all' ? ALL : requested;
  return names.flatMap((name) => properties[name]?.(resource, context) ?? []);
}

/** The properties asked for by name that this resource does not have (allprop asks for none by name). */
export function missingPropertiesOf(
  resource: Resource,
  requested: readonly string[] | 'all',
  context: PropertyContext,
): string[] {
  if (requested === 'all') return [];
  return requested.filter((name) => properties[name]?.(resource, context) === undefined);
}

/** Properties whose value needs a card's text (rendered only when one of these is asked for). */
export function needsCardText(requested: readonly string[] | 'all'): boolean {
  return requested !== 'all' && (requested.includes('address-data') || requested.includes('getcontentlength'));
}
