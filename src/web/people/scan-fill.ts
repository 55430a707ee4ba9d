import type { CreatePersonInput } from '../api/people.js';
import type { ScannedContact } from './scan-content.js';

/** What quick capture's own fields show of a scanned contact (all empty for none); the rest is kept beside the form. */
export function captureFieldsOf(contact: ScannedContact | null): {
  displayName: string;
  company: string;
  contact: string;
  about: string;
} {
  if (!contact) return { displayName: '', company: '', contact: '', about: '' };
  return {
    displayName: contact.name,
    company: contact.company,
    contact: contact.emails[0] ?? contact.phones[0] ?? '',
    // The company has its own field: the line about them is their title, else the card's note.
    about: contact.title || contact.note.split('\n')[0] || '',
  };
}

const unique = (values: readonly string[]) => [
  ...new Map(values.map((value) => [value.trim().toLowerCase(), value.trim()])).values(),
];

/**
 * The person to save: what the form says, with what the code held that the form has no
 * field for (title, every email, phone and link). The company is the form's: the scan fills
 * its field, and what is left there is saved. A value typed in the form comes
 * first; the scanned ones follow, each once.
 */
export function withScanned(input: CreatePersonInput, scanned: ScannedContact | null): CreatePersonInput {
  if (!scanned) return input;
  const emails = unique([...(input.emails ?? []).map((email) => email.value), ...scanned.emails]);
  const phones = unique([...(input.phones ?? []).map((phone) => phone.value), ...scanned.phones]);
  return {
    ...input,
    title: input.title ?? (scanned.title || null),
    emails: emails.map((value) => ({ value })),
    phones: phones.map((value) => ({ value })),
    links: unique([...(input.links ?? []).map((link) => link.url), ...scanned.links]).map((url) => ({ url })),
  };
}
