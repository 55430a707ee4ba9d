import type { Command } from 'commander';
import { getNetworkTotals } from '../../core/health/get-network-totals.js';
import { monthWords } from '../../core/shared/dates.js';
import { cliIo } from '../io.js';
import { printJson, printTable } from '../output.js';
import { withContext } from '../run.js';
import { describeCommand } from './index.js';

export function registerHealthCommand(program: Command): void {
  program
    .command('health')
    .description(describeCommand('health'))
    .option('--as-of <date>', 'the last month is this day’s (YYYY-MM-DD; default today)')
    .option('--json', 'print the totals as JSON')
    .action(
      withContext(async ({ deps }, flags: { asOf?: string; json?: boolean }) => {
        const totals = await getNetworkTotals(deps, { asOf: flags.asOf });
        if (flags.json) return printJson(totals);
        printTable(totals.perTier, [
          { header: 'TIER', value: (row) => row.tier },
          { header: 'PEOPLE', value: (row) => row.count },
        ]);
        cliIo().stdout.write('\n');
        printTable(totals.perMonth, [
          { header: 'MONTH', value: (row) => monthWords(row.month) },
          { header: 'INTERACTIONS', value: (row) => row.count },
        ]);
      }),
    );
}
