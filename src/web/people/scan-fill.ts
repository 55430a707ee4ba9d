import type { CreatePersonInput } from '../api/people.js';
import type { ScannedContact } from './scan-content.js';

/** What quick capture's own fields show of a scanned contact (all empty for none); the rest is kept beside the form. */
export function captureFieldsOf(contact: ScannedContact | null): {
  displayName: string;
  contact: string;
  about: string;
} {
  if (!contact) return { displayName: '', contact: '', about: '' };
  const role = [contact.title, contact.company].filter(Boolean).join(' at ');
  return {
    displayName: contact.name,
    contact: contact.emails[0] ?? contact.phones[0] ?? '',
    about: role || contact.note.split('\n')[0] || '',
  };
}

const unique = (values: readonly string[]) => [
  ...new Map(values.map((value) => [value.trim().toLowerCase(), value.trim()])).values(),
];

/**
 * The person to save: what the form says, with what the code held that the form has no
 * field for (title, company, every email, phone and link). A value typed in the form comes
 * first; the scanned ones follow, each once.
 */
export function withScanned(input: CreatePersonInput, scanned: ScannedContact | null): CreatePersonInput {
  if (!scanned) return input;
  const emails = unique([...(input.emails ?? []).map((email) => email.value), ...scanned.emails]);
  const phones = unique([...(input.phones ?? []).map((phone) => phone.value), ...scanned.phones]);
  return {
    ...input,
    title: input.title ?? (scanned.title || null),
    company: input.company ?? (scanned.company || null),
    emails: emails.map((value) => ({ value })),
    phones: phones.map((value) => ({ value })),
    links: unique([...(input.links ?? []).map((link) => link.url), ...scanned.links]).map((url) => ({ url })),
  };
}
