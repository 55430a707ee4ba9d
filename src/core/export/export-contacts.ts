import { peopleToGoogleCsv } from '../../formats/google-csv-writer.js';
import { peopleToCsv } from '../../formats/people-csv.js';
import { peopleToVcard } from '../../formats/vcard-writer.js';
import { exportBackup, serializeBackup } from '../backup/export-backup.js';
import type { Deps } from '../repos.js';
import { parseInput } from '../shared/validate.js';
import { type ExportContactsInput, type ExportFile, exportContactsSchema } from './schema.js';

/**
 * The owner's network as a file: vCard (3.0 by default, what phones read; 4.0 on
 * request; with people's photos and occasions), CSV with one row per person (kith's columns, or Google Contacts'), or JSON: the full, versioned backup.
 */
export async function exportContacts(deps: Deps, input: ExportContactsInput): Promise<ExportFile> {
  const { format, vcardVersion } = parseInput(exportContactsSchema, input);
  const day = deps.now().toISOString().slice(0, 10);
  if (format === 'json') {
    const backup = await exportBackup(deps);
    const people = backup.sections.people;
    return {
      contentType: 'application/json; charset=utf-8',
      filename: `kith-backup-${day}.json`,
      body: serializeBackup(backup),
      people: Array.isArray(people) ? people.length : 0,
    };
  }
  const people = (await deps.repos.people.all()).sort((a, b) => (a.id < b.id ? -1 : 1));
  if (format === 'google-csv') {
    return {
      contentType: 'text/csv; charset=utf-8',
      filename: `kith-google-contacts-${day}.csv`,
      body: peopleToGoogleCsv(people),
      people: people.length,
    };
  }
  if (format === 'csv') {
    return {
      contentType: 'text/csv; charset=utf-8',
      filename: `kith-people-${day}.csv`,
      body: peopleToCsv(people),
      people: people.length,
    };
  }
  return {
    contentType: `text/vcard; charset=utf-8${vcardVersion === '4.0' ? '; version=4.0' : ''}`,
    filename: `kith-people-${day}.vcf`,
    body: peopleToVcard(
      people,
      vcardVersion,
      await deps.repos.photos.getMany(people.map((person) => person.id)),
      await deps.repos.occasions.listForPeople(people.map((person) => person.id)),
    ),
    people: people.length,
  };
}
