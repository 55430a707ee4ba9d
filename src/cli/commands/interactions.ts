import { type Command, Option } from 'commander';
import { deleteInteraction } from '../../core/interactions/delete-interaction.js';
import { getInteraction } from '../../core/interactions/get-interaction.js';
import { listInteractions } from '../../core/interactions/list-interactions.js';
import { logInteraction } from '../../core/interactions/record-interaction.js';
import {
  type Interaction,
  type InteractionKind,
  interactionKinds,
  type UpdateInteractionInput,
} from '../../core/interactions/schema.js';
import { updateInteraction } from '../../core/interactions/update-interaction.js';
import { resolvePerson } from '../../core/people/resolve-person.js';
import type { Deps } from '../../core/repos.js';
import { getTimeline } from '../../core/timeline/get-timeline.js';
import { requireAChange, wholeNumber } from '../flag-values.js';
import { cliIo } from '../io.js';
import { printFields, printJson, printTable } from '../output.js';
import { withContext } from '../run.js';
import { describeCommand } from './index.js';

async function resolveAll(deps: Deps, names: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) ids.push((await resolvePerson(deps, name)).id);
  return ids;
}

/** Who took part in each interaction, by name, read once for a list. */
async function namesOf(deps: Deps, interactions: readonly Interaction[]): Promise<Map<string, string>> {
  const people = await deps.repos.people.getMany([...new Set(interactions.flatMap((i) => i.personIds))]);
  return new Map(people.map((person) => [person.id, person.displayName]));
}

const peopleIn = (interaction: Interaction, names: ReadonlyMap<string, string>) =>
  interaction.personIds.map((id) => names.get(id) ?? id).join(', ');

/** "Ada", "Ada and Grace", "Ada, Grace and Mei". */
function andList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const interactionColumns = (names: ReadonlyMap<string, string>) => [
  { header: 'ID', value: (i: Interaction) => i.id, max: 26 },
  { header: 'DATE', value: (i: Interaction) => i.occurredOn },
  { header: 'KIND', value: (i: Interaction) => i.kind },
  { header: 'SUMMARY', value: (i: Interaction) => i.summary, max: 50 },
  { header: 'WITH', value: (i: Interaction) => peopleIn(i, names), max: 40 },
];

function printInteraction(interaction: Interaction, names: ReadonlyMap<string, string>): void {
  printFields([
    ['Summary', interaction.summary],
    ['Id', interaction.id],
    ['When', interaction.occurredAt],
    ['Counts for', interaction.occurredOn],
    ['Kind', interaction.kind],
    ['With', peopleIn(interaction, names)],
    ['Event', interaction.eventId],
    ['Notes', interaction.notes],
  ]);
}

type InteractionFlags = { with?: string[]; kind?: InteractionKind; date?: string; notes?: string; json?: boolean };

/** The flags `log` and `interactions edit` share; `dateDefault` says what an absent --date means. */
function interactionFlags(command: Command, dateDefault: string): Command {
  return command
    .option('--with <people...>', 'who was there: names or ids (repeatable)')
    .addOption(new Option('--kind <kind>', 'what it was').choices(interactionKinds))
    .option('--date <when>', `when: YYYY-MM-DD, or YYYY-MM-DDTHH:MM in your time zone (${dateDefault})`)
    .option('--notes <text>', 'notes (markdown)')
    .option('--json', 'print the interaction as JSON');
}

export function registerInteractionCommands(program: Command): void {
  interactionFlags(
    program.command('log').description(describeCommand('log')).argument('<summary>', 'what happened, in a line'),
    'default now',
  ).action(
    withContext(async ({ deps }, summary: string, flags: InteractionFlags) => {
      const interaction = await logInteraction(deps, {
        personIds: await resolveAll(deps, flags.with ?? []),
        summary,
        kind: flags.kind,
        occurredAt: flags.date,
        notes: flags.notes,
      });
      if (flags.json) printJson(interaction);
      else {
        // Who it was with, as a check that --with found the people meant.
        const names = await namesOf(deps, [interaction]);
        const who = andList(interaction.personIds.map((id) => names.get(id) ?? id));
        const what = interaction.kind === 'other' ? 'Logged' : `Logged ${interaction.kind}`;
        cliIo().stdout.write(`${what} with ${who} on ${interaction.occurredOn} (${interaction.id})\n`);
      }
    }),
  );

  const interactions = program.command('interactions').description(describeCommand('interactions'));

  interactions
    .command('list')
    .description('newest first')
    .option('--with <person>', 'only those with this person')
    .option('--limit <n>', 'at most this many', wholeNumber, 100)
    .option('--json', 'print an array of interactions as JSON')
    .action(
      withContext(async ({ deps }, flags: { with?: string; limit: number; json?: boolean }) => {
        const personId = flags.with ? (await resolvePerson(deps, flags.with)).id : undefined;
        const found = await listInteractions(deps, { personId, limit: flags.limit });
        if (flags.json) printJson(found);
        else
          printTable(
            found,
            interactionColumns(await namesOf(deps, found)),
            'No interactions yet. Log one with: kith log "Coffee" --with ada',
          );
      }),
    );

  interactions
    .command('show')
    .description('show one interaction: when, what, with whom, notes')
    .argument('<id>', 'interaction id')
    .option('--json', 'print the interaction as JSON')
    .action(
      withContext(async ({ deps }, id: string, flags: { json?: boolean }) => {
        const interaction = await getInteraction(deps, id);
        if (flags.json) printJson(interaction);
        else printInteraction(interaction, await namesOf(deps, [interaction]));
      }),
    );

  interactionFlags(
    interactions
      .command('edit')
      .description('change an interaction; --with replaces who was there')
      .argument('<id>', 'interaction id')
      .option('--summary <text>', 'new summary'),
    'unchanged when left out',
  )
    .hook('preAction', requireAChange)
    .action(
      withContext(async ({ deps }, id: string, flags: InteractionFlags & { summary?: string }) => {
        const patch: UpdateInteractionInput = {
          summary: flags.summary,
          kind: flags.kind,
          occurredAt: flags.date,
          notes: flags.notes,
          personIds: flags.with ? await resolveAll(deps, flags.with) : undefined,
        };
        const interaction = await updateInteraction(deps, id, patch);
        if (flags.json) printJson(interaction);
        else cliIo().stdout.write(`Updated ${interaction.id}\n`);
      }),
    );

  interactions
    .command('rm')
    .description('delete an interaction (the people stay; their keep-in-touch clock goes back to the one before)')
    .argument('<id>', 'interaction id')
    .option('--json', 'print the deleted interaction as JSON')
    .action(
      withContext(async ({ deps }, id: string, flags: { json?: boolean }) => {
        const interaction = await deleteInteraction(deps, id);
        if (flags.json) printJson(interaction);
        else cliIo().stdout.write(`Deleted ${interaction.id}\n`);
      }),
    );

  program
    .command('timeline')
    .description(describeCommand('timeline'))
    .argument('<person>', 'id or name')
    .option('--limit <n>', 'at most this many', wholeNumber, 100)
    .option('--json', 'print an array of timeline entries as JSON')
    .action(
      withContext(async ({ deps }, idOrName: string, flags: { limit: number; json?: boolean }) => {
        const person = await resolvePerson(deps, idOrName);
        const entries = await getTimeline(deps, person.id, { limit: flags.limit });
        if (flags.json) printJson(entries);
        else
          printTable(entries, [
            { header: 'DATE', value: (e) => e.on },
            { header: 'KIND', value: (e) => e.label ?? e.kind },
            { header: 'SUMMARY', value: (e) => e.summary, max: 60 },
            { header: 'ID', value: (e) => e.id, max: 26 },
          ]);
      }),
    );
}
