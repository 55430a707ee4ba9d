import { SingleBar } from 'cli-progress';
import { Argument, type Command } from 'commander';
import { isKithError, KithError } from '../../core/errors.js';
import { importContacts } from '../../core/import/import-contacts.js';
import { type ImportFormat, type ImportSummary, importFormats } from '../../core/import/schema.js';
import { yearlyDateWords } from '../../core/shared/dates.js';
import { counted } from '../../core/shared/text.js';
import { streamUserFile, type UserFileStream } from '../files.js';
import { cliIo } from '../io.js';
import { printJson } from '../output.js';
import { withContext } from '../run.js';
import { describeCommand } from './index.js';

/** A progress bar on a terminal, for imports of more than this many people. */
const PROGRESS_THRESHOLD = 1000;
/** Rows listed under each heading of the text summary (created, updated, skipped, warnings); --json has them all. */
const SHOWN_PER_SECTION = 20;

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

/** Changes whose values end in a yearly date ("--05-20", "anniversary 2010-06-12"), said in words as people show says them. */
const DATE_FIELDS: ReadonlySet<string> = new Set(['birthday', 'important dates']);

/** One section of the summary under its heading, at most SHOWN_PER_SECTION lines, then how many more. */
function printSection(heading: string, lines: readonly string[]): void {
  if (lines.length === 0) return;
  cliIo().stdout.write(`${heading}:\n`);
  for (const line of lines.slice(0, SHOWN_PER_SECTION)) cliIo().stdout.write(`  ${line}\n`);
  const more = lines.length - SHOWN_PER_SECTION;
  if (more > 0) cliIo().stdout.write(`  … and ${more} more (--json lists them all)\n`);
}

function printSummary(summary: ImportSummary): void {
  const dry = summary.dryRun;
  cliIo().stdout.write(
    `${dry ? 'Would import' : 'Imported'} ${counted(summary.records, 'record')}: ${summary.created} created, ${summary.updated} updated, ${summary.skipped} skipped\n`,
  );
  const { created, updated } = summary.people;
  printSection(
    dry ? 'Would create' : 'Created',
    created.map((person) => {
      const about = [person.title, person.company].filter(Boolean).join(', ');
      const duplicate = person.likelyDuplicate
        ? ` (may be ${person.likelyDuplicate.displayName}: ${person.likelyDuplicate.evidence.join(', ')})`
        : '';
      return `line ${person.line}: ${person.displayName}${about ? `, ${about}` : ''}${duplicate}`;
    }),
  );
  printSection(
    dry ? 'Would update' : 'Updated',
    updated.map((person) => {
      const changes = person.changes
        .map((change) => {
          const values = DATE_FIELDS.has(change.field)
            ? change.values.map((value) => value.replace(/\S+$/, (date) => yearlyDateWords(date)))
            : change.values;
          return `${change.field} ${values.join(', ')}`;
        })
        .join('; ');
      return `line ${person.line}: ${person.displayName}: ${changes}`;
    }),
  );
  printSection(
    dry ? 'Would skip' : 'Skipped',
    summary.skippedRows.map((row) =>
      // An unreadable record's reason names its line already ("vCard line 5: …").
      row.reason.includes(`line ${row.line}: `) ? row.reason : `line ${row.line}: ${row.reason}`,
    ),
  );
  // Under their own heading: a warning printed after "Created:" read as one more person created.
  printSection(
    dry ? 'Would leave out (the rest imported)' : 'Left out (the rest imported)',
    summary.warnings.map((warning) => `line ${warning.line}: ${warning.message}`),
  );
}

/** The import's refusal of unreadable records names the flag that imports the others (the web has a checkbox). */
function inFlagWords(error: unknown): unknown {
  if (!isKithError(error) || error.code !== 'IMPORT_FAILED') return error;
  const message = error.message.replace(
    '(skip unreadable records to import the others)',
    '(--skip-unreadable imports the others)',
  );
  return message === error.message ? error : new KithError(error.code, message, error.details);
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
          } catch (error) {
            throw inFlagWords(error);
          } finally {
            bar.stop();
          }
        },
      ),
    );
}
