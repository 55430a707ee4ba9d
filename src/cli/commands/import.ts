import { SingleBar } from 'cli-progress';
import { Argument, type Command } from 'commander';
import { importContacts } from '../../core/import/import-contacts.js';
import { type ImportFormat, type ImportSummary, importFormats } from '../../core/import/schema.js';
import { streamUserFile, type UserFileStream } from '../files.js';
import { cliIo } from '../io.js';
import { counted, printJson } from '../output.js';
import { withContext } from '../run.js';
import { describeCommand } from './index.js';

/** A progress bar on a terminal, for imports of more than this many people. */
const PROGRESS_THRESHOLD = 1000;
/** Skipped rows listed in the text summary; --json has them all. */
const SKIPS_SHOWN = 20;

/**
 * A bar on a terminal once the file has passed PROGRESS_THRESHOLD records: how much of the
 * file is read (the total number of records is known only at the end), and the records so far.
 */
function progressBar(file: UserFileStream): { update(records: number): void; stop(): void } {
  let bar: SingleBar | undefined;
  return {
    update(records) {
      if (!cliIo().stderr.isTTY || records <= PROGRESS_THRESHOLD) return;
      if (!bar) {
        bar = new SingleBar({
          stream: cliIo().stderr as NodeJS.WritableStream,
          format: 'importing [{bar}] {percentage}% | {records} records',
        });
        bar.start(file.size, 0, { records });
      }
      bar.update(file.bytesRead(), { records });
    },
    stop() {
      bar?.stop();
    },
  };
}

function printSummary(summary: ImportSummary): void {
  const verb = summary.dryRun ? 'Would import' : 'Imported';
  cliIo().stdout.write(
    `${verb} ${counted(summary.records, 'record')}: ${summary.created} created, ${summary.updated} updated, ${summary.skipped} skipped\n`,
  );
  const { created, updated } = summary.people;
  if (created.length > 0) cliIo().stdout.write(summary.dryRun ? 'Would create:\n' : 'Created:\n');
  for (const person of created.slice(0, SKIPS_SHOWN)) {
    const about = [person.title, person.company].filter(Boolean).join(', ');
    const duplicate = person.likelyDuplicate
      ? ` (may be ${person.likelyDuplicate.displayName}: ${person.likelyDuplicate.evidence.join(', ')})`
      : '';
    cliIo().stdout.write(`  line ${person.line}: ${person.displayName}${about ? `, ${about}` : ''}${duplicate}\n`);
  }
  if (updated.length > 0) cliIo().stdout.write(summary.dryRun ? 'Would update:\n' : 'Updated:\n');
  for (const person of updated.slice(0, SKIPS_SHOWN)) {
    const changes = person.changes.map((change) => `${change.field} ${change.values.join(', ')}`).join('; ');
    cliIo().stdout.write(`  line ${person.line}: ${person.displayName}: ${changes}\n`);
  }
  // Each list under its own heading: a warning printed after "Created:" read as one more person created.
  if (summary.warnings.length > 0) {
    cliIo().stdout.write(summary.dryRun ? 'Would leave out (the rest imported):\n' : 'Left out (the rest imported):\n');
  }
  for (const warning of summary.warnings.slice(0, SKIPS_SHOWN)) {
    cliIo().stdout.write(`  line ${warning.line}: ${warning.message}\n`);
  }
  if (summary.skippedRows.length > 0) cliIo().stdout.write(summary.dryRun ? 'Would skip:\n' : 'Skipped:\n');
  for (const row of summary.skippedRows.slice(0, SKIPS_SHOWN)) {
    // An unreadable record's reason names its line already ("vCard line 5: …").
    const named = row.reason.includes(`line ${row.line}: `);
    cliIo().stdout.write(`  ${named ? row.reason : `line ${row.line}: ${row.reason}`}\n`);
  }
  const more = summary.skippedRows.length - SKIPS_SHOWN;
  if (more > 0) cliIo().stdout.write(`  … and ${more} more (--json lists them all)\n`);
}

export function registerImportCommands(program: Command): void {
  program
    .command('import')
    .description(describeCommand('import'))
    .addArgument(
      new Argument(
        '<format>',
        "the file's format: linkedin (Connections.csv), google (Google Contacts CSV), csv (kith's own CSV export, or Outlook's), vcard",
      ).choices(importFormats),
    )
    .argument('<file>', 'the file to import')
    .option('--dry-run', 'report what would change, and change nothing')
    .option('--skip-unreadable', 'import the readable cards of a file with unreadable ones (each is listed)')
    .option('--json', 'print the summary as JSON')
    .action(
      withContext(
        async (
          { deps },
          format: ImportFormat,
          file: string,
          flags: { dryRun?: boolean; skipUnreadable?: boolean; json?: boolean },
        ) => {
          const stream = streamUserFile(file);
          const bar = progressBar(stream);
          try {
            const summary = await importContacts(
              deps,
              { format, chunks: stream.chunks, dryRun: !!flags.dryRun, skipUnreadable: !!flags.skipUnreadable },
              bar.update,
            );
            bar.stop();
            if (flags.json) printJson(summary);
            else printSummary(summary);
          } finally {
            bar.stop();
          }
        },
      ),
    );
}
