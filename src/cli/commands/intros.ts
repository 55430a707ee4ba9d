import { type Command, Option } from 'commander';
import { dismissSuggestion } from '../../core/introductions/dismiss-suggestion.js';
import { listIntroductions, suggestIntroductions } from '../../core/introductions/list-introductions.js';
import { type IntroductionView, introductionStatuses } from '../../core/introductions/schema.js';
import { startIntroduction } from '../../core/introductions/start-introduction.js';
import { updateIntroduction } from '../../core/introductions/update-introduction.js';
import { resolvePerson } from '../../core/people/resolve-person.js';
import { wholeNumber } from '../flag-values.js';
import { cliIo } from '../io.js';
import { printJson, printTable } from '../output.js';
import { withContext } from '../run.js';
import { describeCommand } from './index.js';

const introductionColumns = [
  { header: 'ID', value: (i: IntroductionView) => i.id, max: 26 },
  { header: 'A', value: (i: IntroductionView) => i.personAName, max: 25 },
  { header: 'B', value: (i: IntroductionView) => i.personBName, max: 25 },
  { header: 'STATUS', value: (i: IntroductionView) => i.status },
  { header: 'FOLLOW UP', value: (i: IntroductionView) => (i.status === 'made' ? i.followUpDue : null) },
  { header: 'WHY', value: (i: IntroductionView) => i.reason, max: 50 },
];

function printIntroduction(introduction: IntroductionView, verb: string): void {
  const due = introduction.status === 'made' ? `; ask how it went on ${introduction.followUpDue}` : '';
  cliIo().stdout.write(
    `${verb} ${introduction.personAName} ↔ ${introduction.personBName}: ${introduction.status} (${introduction.id})${due}\n`,
  );
}

export function registerIntrosCommands(program: Command): void {
  const intros = program.command('intros').description(describeCommand('intros'));

  // The default subcommand, so `kith intros [--json]` suggests while `kith intros start … --json` keeps its own flag.
  intros
    .command('suggest', { isDefault: true })
    .description('pairs whose needs and offers meet, with the reasons')
    .option('--limit <n>', 'at most this many suggestions', wholeNumber, 20)
    .option('--json', 'print the suggestions as JSON')
    .action(
      withContext(async ({ deps }, flags) => {
        const suggestions = await suggestIntroductions(deps, { limit: flags.limit });
        if (flags.json) printJson(suggestions);
        else
          printTable(
            suggestions,
            [
              { header: 'A', value: (s) => `${s.personA.name} (${s.personA.id})`, max: 45 },
              { header: 'B', value: (s) => `${s.personB.name} (${s.personB.id})`, max: 45 },
              { header: 'WHY', value: (s) => s.reasons.join('; '), max: 90 },
            ],
            'No introductions to suggest: no need meets an offer of someone they do not already know (add needs and offers to people).',
          );
      }),
    );

  intros
    .command('list')
    .description('the introductions you are tracking')
    .option('--json', 'print them as JSON')
    .action(
      withContext(async ({ deps }, flags: { json?: boolean }) => {
        const introductions = await listIntroductions(deps);
        if (flags.json) printJson(introductions);
        else printTable(introductions, introductionColumns, 'No introductions yet.');
      }),
    );

  intros
    .command('start')
    .description('start an introduction between two people')
    .argument('<a>', 'the first person (id or name)')
    .argument('<b>', 'the second person (id or name)')
    .requiredOption('--reason <reason>', 'why they should meet (required)')
    .option('--json', 'print the introduction as JSON')
    .action(
      withContext(async ({ deps }, a: string, b: string, flags: { reason: string; json?: boolean }) => {
        const personA = await resolvePerson(deps, a);
        const personB = await resolvePerson(deps, b);
        const introduction = await startIntroduction(deps, {
          personAId: personA.id,
          personBId: personB.id,
          reason: flags.reason,
        });
        if (flags.json) printJson(introduction);
        else printIntroduction(introduction, 'Started');
      }),
    );

  intros
    .command('dismiss')
    .description('dismiss a suggested pair so it is not suggested again')
    .argument('<a>', 'the first person (id or name)')
    .argument('<b>', 'the second person (id or name)')
    .option('--feedback <text>', 'what was wrong with the suggestion')
    .option('--json', 'print the dismissal as JSON')
    .action(
      withContext(async ({ deps }, a: string, b: string, flags: { feedback?: string; json?: boolean }) => {
        const personA = await resolvePerson(deps, a);
        const personB = await resolvePerson(deps, b);
        const dismissal = await dismissSuggestion(deps, {
          personAId: personA.id,
          personBId: personB.id,
          feedback: flags.feedback,
        });
        if (flags.json) printJson(dismissal);
        else cliIo().stdout.write(`Dismissed ${personA.displayName} ↔ ${personB.displayName}: not suggested again\n`);
      }),
    );

  intros
    .command('update')
    .description('move an introduction on: asked-a, asked-b, made, declined, followed-up')
    .argument('<id>', 'introduction id')
    .addOption(
      new Option('--status <status>', 'the step reached (required)')
        .choices(introductionStatuses)
        .makeOptionMandatory(),
    )
    .option('--on <date>', 'when, YYYY-MM-DD (default today)')
    .option('--follow-up <days>', 'with made: days until you ask how it went (default 21)', wholeNumber)
    .option('--json', 'print the introduction as JSON')
    .action(
      withContext(async ({ deps }, id: string, flags) => {
        const introduction = await updateIntroduction(deps, id, {
          status: flags.status,
          on: flags.on,
          followUpInDays: flags.followUp,
        });
        if (flags.json) printJson(introduction);
        else printIntroduction(introduction, 'Updated');
      }),
    );
}
