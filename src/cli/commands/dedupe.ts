import { type Command, InvalidArgumentError } from 'commander';
import { mergeChoiceFields } from '../../core/dedupe/constants.js';
import { listDuplicates } from '../../core/dedupe/list-duplicates.js';
import { mergePeople } from '../../core/dedupe/merge-people.js';
import type { MergeChoiceField } from '../../core/dedupe/schema.js';
import { resolvePerson } from '../../core/people/resolve-person.js';
import { flagWord } from '../error-text.js';
import { decimalNumber, wholeNumber } from '../flag-values.js';
import { cliIo } from '../io.js';
import { printJson } from '../output.js';
import { withContext } from '../run.js';
import { describeCommand } from './index.js';
import { printPerson } from './people.js';

/** --take's words: the fields by the names of the flags that set them (--met-on, --cadence), not their names in code. */
const takeChoices = mergeChoiceFields.map(flagWord);
const takeWords = Object.fromEntries(mergeChoiceFields.map((field, index) => [takeChoices[index], field]));

function takeFields(value: string): MergeChoiceField[] {
  const words = value
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);
  return words.map((word) => {
    // The names in code stay accepted: scripts written against them keep working.
    const field = takeWords[word] ?? mergeChoiceFields.find((name) => name === word);
    if (!field) throw new InvalidArgumentError(`"${word}" is not a field; choose from ${takeChoices.join(', ')}`);
    return field;
  });
}

export function registerDedupeCommands(program: Command): void {
  program
    .command('dedupe')
    .description(describeCommand('dedupe'))
    .option('--limit <n>', 'at most this many pairs', wholeNumber, 100)
    .option('--threshold <score>', 'only pairs scoring at least this (0.5–1)', decimalNumber, 0.92)
    .option('--json', 'print the pairs as JSON')
    .action(
      withContext(async ({ deps }, flags: { limit: number; threshold: number; json?: boolean }) => {
        const pairs = await listDuplicates(deps, { limit: flags.limit, threshold: flags.threshold });
        if (flags.json) {
          printJson(pairs);
          return;
        }
        if (pairs.length === 0) {
          cliIo().stdout.write('No likely duplicates.\n');
          return;
        }
        for (const pair of pairs) {
          cliIo().stdout.write(
            `${pair.score.toFixed(2)}  ${pair.a.displayName} (${pair.a.id})  ~  ${pair.b.displayName} (${pair.b.id})\n`,
          );
          for (const reason of pair.evidence) cliIo().stdout.write(`      ${reason}\n`);
        }
        cliIo().stdout.write('Merge a pair with: kith merge KEEP OTHER\n');
      }),
    );

  program
    .command('merge')
    .description(describeCommand('merge'))
    .argument('<keep>', 'id or name of the person to keep')
    .argument('<other>', 'id or name of the person merged into them')
    .option(
      '--take <fields>',
      `comma-separated fields where OTHER's value wins, e.g. title,company (${takeChoices.join(', ')})`,
      takeFields,
    )
    .option('--json', 'print the merged person as JSON')
    .action(
      withContext(
        async ({ deps }, keepRef: string, otherRef: string, flags: { take?: MergeChoiceField[]; json?: boolean }) => {
          const keep = await resolvePerson(deps, keepRef);
          const other = await resolvePerson(deps, otherRef);
          const merged = await mergePeople(deps, { keepId: keep.id, otherId: other.id, takeFromOther: flags.take });
          if (flags.json) printJson(merged);
          else {
            cliIo().stdout.write(`Merged ${other.displayName} (${other.id}) into ${merged.displayName}\n`);
            printPerson(merged);
          }
        },
      ),
    );
}
