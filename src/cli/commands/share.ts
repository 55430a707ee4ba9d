import type { Command } from 'commander';
import { showItem } from '../../core/items/get-item.js';
import { resolvePerson } from '../../core/people/resolve-person.js';
import { listSharesForPerson } from '../../core/shares/list-shares.js';
import { shareItem } from '../../core/shares/share-item.js';
import { suggestRecipients } from '../../core/shares/suggest-recipients.js';
import { unshareItem } from '../../core/shares/unshare-item.js';
import { wholeNumber } from '../flag-values.js';
import { cliIo } from '../io.js';
import { dayWords, printJson, printTable } from '../output.js';
import { withContext } from '../run.js';
import { describeCommand } from './index.js';
import { printSentTo } from './items.js';

export function registerShareCommands(program: Command): void {
  program
    .command('unshare')
    .description(describeCommand('unshare'))
    .argument('<item>', 'item id')
    .argument('<person>', 'id or name')
    .option('--json', 'print the share taken back as JSON')
    .action(
      withContext(async ({ deps }, itemId: string, who: string, flags: { json?: boolean }) => {
        const person = await resolvePerson(deps, who);
        const share = await unshareItem(deps, { itemId, personId: person.id });
        if (flags.json) printJson(share);
        else cliIo().stdout.write(`Took back sending "${share.itemTitle}" to ${share.personName}\n`);
      }),
    );

  program
    .command('share')
    .description(describeCommand('share'))
    .argument('[item]', 'item id')
    .option('--to <person>', 'record that you sent the item to this person (id or name)')
    .option('--note <note>', 'with --to: what you wrote')
    .option('--limit <n>', 'at most this many suggestions', wholeNumber, 10)
    .option('--history <person>', 'list what this person was already sent')
    .option('--json', 'print JSON')
    .action(
      withContext(async ({ deps }, itemId: string | undefined, flags) => {
        // Flags that mean nothing together are a usage mistake, not silently dropped.
        if (flags.history && itemId) {
          program.error('kith share: --history PERSON lists what they were sent: name no item with it', {
            exitCode: 2,
          });
          return;
        }
        if (flags.note !== undefined && !flags.to) {
          program.error('kith share: --note goes with --to PERSON, the share it is the note of', { exitCode: 2 });
          return;
        }
        if (flags.history) {
          const person = await resolvePerson(deps, flags.history);
          const shares = await listSharesForPerson(deps, person.id);
          if (flags.json) printJson(shares);
          else
            printTable(
              shares,
              [
                { header: 'SENT ON', value: (share) => share.sharedAt.slice(0, 10) },
                { header: 'ITEM', value: (share) => share.itemTitle, max: 50 },
                { header: 'NOTE', value: (share) => share.note, max: 40 },
              ],
              `Nothing sent to ${person.displayName} yet.`,
            );
          return;
        }
        if (!itemId) {
          program.error('kith share: name an item (or use --history PERSON)', { exitCode: 2 });
          return;
        }
        if (flags.to) {
          const person = await resolvePerson(deps, flags.to);
          const share = await shareItem(deps, { itemId, personId: person.id, note: flags.note });
          if (flags.json) printJson(share);
          else
            cliIo().stdout.write(`Sent "${share.itemTitle}" to ${share.personName} on ${dayWords(share.sharedAt)}\n`);
          return;
        }
        const suggestions = await suggestRecipients(deps, { itemId, limit: flags.limit });
        if (flags.json) {
          printJson(suggestions);
          return;
        }
        const item = await showItem(deps, itemId);
        printSentTo(item);
        if (item.sharedWith.length > 0) cliIo().stdout.write('\n');
        if (suggestions.length === 0) {
          cliIo().stdout.write(
            'Nobody in your network fits this item well enough (a valid answer: kith leaves out weak matches).\n',
          );
          return;
        }
        // A list, not a table: the reasons are what the command is for, and a table's cell cut them off.
        suggestions.forEach((suggestion, index) => {
          cliIo().stdout.write(
            `${index > 0 ? '\n' : ''}${index + 1}. ${suggestion.name}  ${suggestion.id}  (score ${suggestion.score.toFixed(1)})\n`,
          );
          for (const reason of suggestion.reasons) cliIo().stdout.write(`   - ${reason}\n`);
        });
        cliIo().stdout.write(`\nRecord a send with: kith share ${itemId} --to PERSON\n`);
      }),
    );
}
