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

/** One resource's part of a multistatus: properties found (200) and, optionally, a status alone (404). */
export function responseXml(href: string, found: readonly string[], status?: string): string {
  if (status)
    return `<d:response><d:href>${escapeXml(href)}</d:href><d:status>HTTP/1.1 ${status}</d:status></d:response>`;
  return `<d:response><d:href>${escapeXml(href)}</d:href><d:propstat><d:prop>${found.join('')}</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>`;
}

export function multistatusXml(responses: readonly string[], extra = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<d:multistatus ${NAMESPACES}>${responses.join('')}${extra}</d:multistatus>\n`;
}

export function errorXml(condition: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<d:error ${NAMESPACES}><d:${condition}/></d:error>\n`;
}
