import type { Command } from 'commander';
import { cliIo } from '../io.js';
import { printJson } from '../output.js';
import { withContext } from '../run.js';
import { describeCommand } from './index.js';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(describeCommand('demo'))
    .option('--json', 'print what was created as JSON')
    .action(
      withContext(async ({ deps, connection }, flags: { json?: boolean }) => {
        // Loaded only here: the generator and its name lists are large.
        const { loadDemo } = await import('../../core/demo/load-demo.js');
        const created = await loadDemo(deps);
        if (flags.json) printJson(created);
        else cliIo().stdout.write(`Added a demo network of ${created.people} people to ${connection.location}\n`);
      }),
    );
}
