import { Argument, type Command, Option } from 'commander';
import { exportContacts } from '../../core/export/export-contacts.js';
import { type ExportFormat, exportFormats } from '../../core/export/schema.js';
import { counted } from '../../core/shared/text.js';
import { writeOutput } from '../files.js';
import { cliIo } from '../io.js';
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
        // On stdout the file is the output; saved, the command says where it went.
        if (flags.out) cliIo().stdout.write(`Exported ${counted(file.people, 'person', 'people')} to ${flags.out}\n`);
      }),
    );
}
