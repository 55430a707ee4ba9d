import ICAL from 'ical.js';
import type { Person } from '../core/people/schema.js';

export type VcardVersion = '3.0' | '4.0';

/** Apple's convention for a year-less birthday in vCard 3.0, which has no --MM-DD form. */
const OMITTED_YEAR = '1604';

function add(card: ICAL.Component, name: string, value: string | string[], parameters: Record<string, string> = {}) {
  const property = new ICAL.Property(name, card);
  if (Array.isArray(value)) property.setValues(value);
  else property.setValue(value);
  for (const [key, parameter] of Object.entries(parameters)) property.setParameter(key, parameter);
  card.addProperty(property);
}

function structured(card: ICAL.Component, name: string, parts: string[], parameters: Record<string, string> = {}) {
  const property = new ICAL.Property(name, card);
  property.setValue(parts as unknown as string);
  for (const [key, parameter] of Object.entries(parameters)) property.setParameter(key, parameter);
  card.addProperty(property);
}

function labelType(label: string | null, extra?: string): Record<string, string> {
  const type = [extra, label].filter((part): part is string => !!part).join(',');
  return type ? { type } : {};
}

/**
 * One person as a vCard. Standard properties carry what phones and contacts apps
 * read; X-KITH-* properties carry kith's own fields (lists as JSON text), so importing the card back into
 * kith loses nothing kith stores.
 */
export function personToVcard(person: Person, version: VcardVersion): string {
  const card = new ICAL.Component('vcard');
  add(card, 'version', version);
  add(card, 'fn', person.displayName);
  structured(card, 'n', [person.familyName ?? '', person.givenName ?? '', '', '', '']);
  if (person.nickname) add(card, 'nickname', person.nickname);
  if (person.company) structured(card, 'org', [person.company]);
  if (person.title) add(card, 'title', person.title);
  for (const email of person.emails) {
    add(card, 'email', email.value, labelType(email.label, version === '3.0' ? 'INTERNET' : undefined));
  }
  for (const phone of person.phones) add(card, 'tel', phone.value, labelType(phone.label));
  for (const link of person.links) add(card, 'url', link.url, labelType(link.label));
  if (person.location) structured(card, 'adr', ['', '', '', person.location, '', '', '']);
  if (person.birthday) {
    const yearless = person.birthday.startsWith('--');
    if (version === '4.0') add(card, 'bday', person.birthday.replace(/^--(\d{2})-(\d{2})$/, '--$1$2'));
    else if (yearless)
      add(card, 'bday', `${OMITTED_YEAR}-${person.birthday.slice(2)}`, { 'x-apple-omit-year': OMITTED_YEAR });
    else add(card, 'bday', person.birthday);
  }
  if (person.notes) add(card, 'note', person.notes);
  if (person.tags.length > 0) add(card, 'categories', person.tags);
  add(card, 'x-kith-tier', person.tier);
  if (person.cadenceDays) add(card, 'x-kith-cadence-days', String(person.cadenceDays));
  if (person.industry) add(card, 'x-kith-industry', person.industry);
  if (person.howMet) add(card, 'x-kith-how-met', person.howMet);
  if (person.metOn) add(card, 'x-kith-met-on', person.metOn);
  if (person.topics.length > 0) add(card, 'x-kith-topics', JSON.stringify(person.topics));
  if (person.offers.length > 0) add(card, 'x-kith-offers', JSON.stringify(person.offers));
  if (person.needs.length > 0) add(card, 'x-kith-needs', JSON.stringify(person.needs));
  add(card, 'uid', `urn:kith:${person.id}`);
  return `${card.toString()}\r\n`;
}

export function peopleToVcard(people: readonly Person[], version: VcardVersion = '3.0'): string {
  return people.map((person) => personToVcard(person, version)).join('');
}
