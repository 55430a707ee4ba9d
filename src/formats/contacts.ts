import type { ContactFormat, ContactRecord, OnUnreadable } from './contact-record.js';
import { readContactsCsv } from './contacts-csv.js';
import { readLinkedInCsv } from './linkedin-csv.js';
import { collect, type TextChunks, textChunks } from './text-stream.js';
import { readVcard } from './vcard.js';

export const contactFormats = ['linkedin', 'google', 'csv', 'vcard'] as const satisfies readonly ContactFormat[];

/**
 * Reads a contacts file of the given format as its text streams in, yielding records in
 * batches; a malformed file throws a FormatError naming its line (core reports it as IMPORT_FAILED) when the parser reaches it.
 * With `onUnreadable`, a vCard file's unreadable cards are reported one by one and the
 * others read (a CSV file's damage, an unclosed quote, spoils every row after it, so it still throws).
 */
export function readContacts(
  format: ContactFormat,
  chunks: TextChunks,
  onUnreadable?: OnUnreadable,
): AsyncGenerator<ContactRecord[]> {
  switch (format) {
    case 'linkedin':
      return readLinkedInCsv(chunks);
    case 'google':
    case 'csv':
      return readContactsCsv(chunks);
    case 'vcard':
      return readVcard(chunks, onUnreadable);
  }
}

/** Every record of a file already in memory. */
export function parseContacts(format: ContactFormat, text: string): Promise<ContactRecord[]> {
  return collect(readContacts(format, textChunks(text)));
}
