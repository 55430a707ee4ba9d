import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { KithError } from '../../core/errors.js';

/** An element as fast-xml-parser gives it, namespace prefixes removed (names are unique across DAV:, CardDAV and CalendarServer here). */
export type XmlNode = { [name: string]: XmlValue };
export type XmlValue = string | number | boolean | XmlNode | XmlValue[];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ['href', 'prop-filter', 'text-match', 'param-filter'].includes(name),
});

/** The same XML with prefixes and namespace declarations kept: what names a requested property's namespace. */
const namespaceParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: false,
  parseTagValue: false,
  trimValues: true,
});

/**
 * The namespace of each property a request's `prop` elements name, by local name
 * (`{ "getetag": "DAV:", "foo": "urn:x" }`), from the xmlns declarations in scope. Used to
 * answer properties kith does not have in a 404 propstat, in their own namespace.
 */
export function requestedNamespaces(body: string | undefined): Map<string, string> {
  const found = new Map<string, string>();
  if (!body?.trim()) return found;
  const walk = (node: XmlValue, scope: Map<string, string>, isProp: boolean) => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, scope, isProp);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('@') || key.startsWith('#') || key.startsWith('?')) continue;
      const inner = new Map(scope);
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item && typeof item === 'object' && !Array.isArray(item)) {
          for (const [attr, declared] of Object.entries(item)) {
            if (attr === '@xmlns') inner.set('', String(declared));
            else if (attr.startsWith('@xmlns:')) inner.set(attr.slice(7), String(declared));
          }
        }
      }
      const colon = key.indexOf(':');
      const prefix = colon < 0 ? '' : key.slice(0, colon);
      const local = colon < 0 ? key : key.slice(colon + 1);
      if (isProp && !found.has(local)) found.set(local, inner.get(prefix) ?? 'DAV:');
      walk(value, inner, local === 'prop');
    }
  };
  try {
    walk(namespaceParser.parse(body) as XmlNode, new Map(), false);
  } catch {
    // parseXml has already refused malformed XML; anything else reads as DAV:.
  }
  return found;
}

/** A request body's XML; malformed XML is 400 naming its line. An empty body is an empty document. */
export function parseXml(body: string | undefined): XmlNode {
  if (!body?.trim()) return {};
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    throw new KithError('BAD_REQUEST', `XML line ${valid.err.line}: ${valid.err.msg}`, { line: valid.err.line });
  }
  return parser.parse(body) as XmlNode;
}

export function child(node: XmlValue | undefined, name: string): XmlValue | undefined {
  return node && typeof node === 'object' && !Array.isArray(node) ? node[name] : undefined;
}

/** The element names inside a node, without attributes and text. */
export function childNames(node: XmlValue | undefined): string[] {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return [];
  return Object.keys(node).filter((key) => !key.startsWith('@') && !key.startsWith('#') && !key.startsWith('?'));
}

export function list(value: XmlValue | undefined): XmlValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The text of an element that may carry attributes. */
export function textOf(value: XmlValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object' && !Array.isArray(value)) return String(value['#text'] ?? '');
  return String(value);
}

export function attribute(value: XmlValue | undefined, name: string): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const found = value[`@${name}`];
  return found === undefined ? undefined : String(found);
}

/** Text content for an element (never an attribute value): ETags keep their quotes as they are. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp' }[c]};`);
}

export const NAMESPACES =
  'xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav" xmlns:cs="http://calendarserver.org/ns/"';

/** A property asked for that the resource does not have: its local name and namespace. */
export type MissingProperty = { name: string; namespace: string };

const xmlName = /^[A-Za-z_][\w.-]*$/;

/**
 * One resource's part of a multistatus: properties found (200), those asked for and not
 * found in a 404 propstat (RFC 4918 9.1), or a status alone (a card gone).
 */
export function responseXml(
  href: string,
  found: readonly string[],
  status?: string,
  missing: readonly MissingProperty[] = [],
): string {
  if (status)
    return `<d:response><d:href>${escapeXml(href)}</d:href><d:status>HTTP/1.1 ${status}</d:status></d:response>`;
  const absent = missing
    .filter((property) => xmlName.test(property.name))
    .map((property) => `<${property.name} xmlns="${escapeXml(property.namespace).replace(/"/g, '&quot;')}"/>`);
  const notFound =
    absent.length > 0
      ? `<d:propstat><d:prop>${absent.join('')}</d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>`
      : '';
  const ok =
    found.length > 0 || absent.length === 0
      ? `<d:propstat><d:prop>${found.join('')}</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>`
      : '';
  return `<d:response><d:href>${escapeXml(href)}</d:href>${ok}${notFound}</d:response>`;
}

export function multistatusXml(responses: readonly string[], extra = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<d:multistatus ${NAMESPACES}>${responses.join('')}${extra}</d:multistatus>\n`;
}

/** Preconditions RFC 6352 defines, in the CardDAV namespace; the others are WebDAV's (RFC 4918, 6578). */
const CARDDAV_CONDITIONS: ReadonlySet<string> = new Set(['supported-filter', 'no-uid-conflict']);

/** A failed precondition's body, with the resource it names when it names one (no-uid-conflict). */
export function errorXml(condition: string, href?: string): string {
  const prefix = CARDDAV_CONDITIONS.has(condition) ? 'card' : 'd';
  const inner = href ? `<d:href>${escapeXml(href)}</d:href>` : '';
  const element = inner ? `<${prefix}:${condition}>${inner}</${prefix}:${condition}>` : `<${prefix}:${condition}/>`;
  return `<?xml version="1.0" encoding="utf-8"?>\n<d:error ${NAMESPACES}>${element}</d:error>\n`;
}
