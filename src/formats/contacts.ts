import type { ContactFormat, ContactRecord } from './contact-record.js';
import { parseGoogleCsv } from './google-csv.js';
import { parseLinkedInCsv } from './linkedin-csv.js';
import { parseVcard } from './vcard.js';

export const contactFormats = ['linkedin', 'google', 'vcard'] as const satisfies readonly ContactFormat[];

/** Reads a contacts file of the given format; a malformed file throws IMPORT_FAILED naming its line. */
export function parseContacts(format: ContactFormat, input: string): ContactRecord[] {
  switch (format) {
    case 'linkedin':
      return parseLinkedInCsv(input);
    case 'google':
      return parseGoogleCsv(input);
    case 'vcard':
      return parseVcard(input);
  }
}
