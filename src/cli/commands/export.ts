import { Argument, type Command, Option } from 'commander';
import { exportContacts } from '../../core/export/export-contacts.js';
import { type ExportFormat, exportFormats } from '../../core/export/schema.js';
import { writeOutput } from '../files.js';
import { withContext } from '../run.js';
import { describeCommand } from './index.js';

export function registerExportCommands(program: Command): void {
  program
    .command('export')
    .description(describeCommand('export'))
    .addArgument(new Argument('<format>', 'the file format').choices(exportFormats))
    .option('--out <file>', 'write to this file instead of stdout')
    .addOption(new Option('--vcard-version <version>', 'vCard version').choices(['3.0', '4.0']).default('3.0'))
    .action(
      withContext(async ({ deps }, format: ExportFormat, flags: { out?: string; vcardVersion: '3.0' | '4.0' }) => {
        const file = await exportContacts(deps, { format, vcardVersion: flags.vcardVersion });
        writeOutput(file.body, flags.out);
      }),
    );
}
