import { type Command, Option } from 'commander';
import { listFollowUpDrafts } from '../../core/conference/next-morning.js';
import { createEvent } from '../../core/events/create-event.js';
import { deleteEvent } from '../../core/events/delete-event.js';
import { dismissFollowUp, listFollowUps, reopenFollowUp } from '../../core/events/follow-ups.js';
import { listEvents } from '../../core/events/list-events.js';
import { markAttending } from '../../core/events/mark-attending.js';
import { meetAtEvent } from '../../core/events/meet-at-event.js';
import { networkSources } from '../../core/events/network-sources.js';
import { prepareEvent } from '../../core/events/prepare-event.js';
import { resolveEvent } from '../../core/events/resolve-event.js';
import {
  type CreateEventInput,
  type EventPrep,
  type EventView,
  eventKinds,
  eventRoles,
  eventStatuses,
  type FollowUp,
  type KithEvent,
  type PrepPerson,
  type SourceRow,
  type UpdateEventInput,
} from '../../core/events/schema.js';
import { updateEvent } from '../../core/events/update-event.js';
import { viewEvent } from '../../core/events/view-event.js';
import { resolveOrganization } from '../../core/organizations/resolve-organization.js';
import { resolvePerson } from '../../core/people/resolve-person.js';
import type { Deps } from '../../core/repos.js';
import { counted } from '../../core/shared/text.js';
import { requireAChange } from '../flag-values.js';
import { cliIo } from '../io.js';
import { printFields, printJson, printTable, words } from '../output.js';
import { withContext } from '../run.js';
import { printDrafts, registerConferenceCommands } from './event-conference.js';
import { describeCommand } from './index.js';
import { addPersonFlags, introducerOf, type PersonFlags, personInputFromFlags } from './people.js';

type EventFlags = {
  kind?: string;
  starts?: string;
  ends?: string;
  location?: string;
  url?: string;
  org?: string | false;
  status?: string;
  role?: string;
  talkTitle?: string;
  talkDescription?: string;
  notes?: string;
  json?: boolean;
};

function eventFlags(command: Command): Command {
  return command
    .addOption(new Option('--kind <kind>', 'what sort of event').choices(eventKinds))
    .option('--ends <date>', 'last day, YYYY-MM-DD (for events over several days)')
    .option('--location <place>', 'venue and city')
    .option('--url <url>', 'website')
    .option('--org <org>', 'the organization behind it (id or name)')
    .addOption(new Option('--status <status>', 'planned, attended or skipped').choices(eventStatuses))
    .addOption(new Option('--role <role>', 'your role').choices(eventRoles))
    .option('--talk-title <title>', 'the title of the talk you give (role speaker)')
    .option('--talk-description <text>', 'what the talk is about (finds whom to send the slides)')
    .option('--notes <text>', 'notes (markdown)');
}

async function fieldsFromFlags(deps: Deps, flags: EventFlags): Promise<UpdateEventInput> {
  const organizationId =
    flags.org === false ? null : flags.org ? (await resolveOrganization(deps, flags.org)).id : undefined;
  const fields: UpdateEventInput = {
    kind: flags.kind as UpdateEventInput['kind'],
    startsOn: flags.starts,
    endsOn: flags.ends,
    location: flags.location,
    url: flags.url,
    organizationId,
    status: flags.status as UpdateEventInput['status'],
    role: flags.role as UpdateEventInput['role'],
    talkTitle: flags.talkTitle,
    talkDescription: flags.talkDescription,
    notes: flags.notes,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

const dates = (event: KithEvent) => (event.endsOn ? `${event.startsOn} – ${event.endsOn}` : event.startsOn);

function printEventView(view: EventView): void {
  const { event } = view;
  printFields([
    ['Name', event.name],
    ['Id', event.id],
    ['Kind', words(event.kind)],
    ['Dates', dates(event)],
    ['Location', event.location],
    ['Url', event.url],
    ['Organization', view.organization?.name],
    ['Status', event.status],
    ['Your role', event.role],
    ['Talk', event.talkTitle],
    ['Notes', event.notes],
  ]);
  if (view.people.length === 0) return;
  cliIo().stdout.write('\nPeople\n');
  for (const person of view.people) {
    const followUp = person.followUp === 'pending' ? ' (follow up)' : '';
    cliIo().stdout.write(
      `  ${person.relation.padEnd(9)} ${person.displayName}${followUp}${person.note ? ` — ${person.note}` : ''}\n`,
    );
  }
}

const prepColumns = [
  { header: 'NAME', value: (p: PrepPerson) => p.displayName, max: 30 },
  { header: 'TIER', value: (p: PrepPerson) => p.tier },
  { header: 'COMPANY', value: (p: PrepPerson) => p.company, max: 25 },
  { header: 'LAST SPOKE', value: (p: PrepPerson) => p.lastSpokeOn ?? 'never' },
  { header: 'WHY', value: (p: PrepPerson) => p.reasons.join('; '), max: 60 },
];

function printPrep(prep: EventPrep): void {
  cliIo().stdout.write(`Preparing for ${prep.event.name} (${dates(prep.event)})\n`);
  for (const [title, people] of [
    ['Attending', prep.attending],
    ["Affiliated with the event's organization", prep.affiliated],
    ['Living in the city', prep.local],
    ['Ask to a meal', prep.mealSuggestions],
  ] as const) {
    cliIo().stdout.write(`\n${title}\n`);
    printTable(people, prepColumns, 'Nobody.');
  }
}

export function registerEventCommands(program: Command): void {
  const events = program.command('events').description(describeCommand('events'));

  eventFlags(events.command('add').description('add an event').argument('<name>', 'name'))
    .requiredOption('--starts <date>', 'first day, YYYY-MM-DD (required)')
    .option('--json', 'print the event as JSON')
    .action(
      withContext(async ({ deps }, name: string, flags: EventFlags) => {
        const event = await createEvent(deps, { name, ...(await fieldsFromFlags(deps, flags)) } as CreateEventInput);
        if (flags.json) printJson(event);
        else cliIo().stdout.write(`Added ${event.name} (${event.id})\n`);
      }),
    );

  events
    .command('list')
    .description('list events, most recent first')
    .addOption(new Option('--status <status>', 'only this status').choices(eventStatuses))
    .addOption(new Option('--kind <kind>', 'only this kind').choices(eventKinds))
    .option('--org <org>', 'only events of this organization (id or name)')
    .option('--from <date>', 'starting on or after, YYYY-MM-DD')
    .option('--to <date>', 'starting on or before, YYYY-MM-DD')
    .option('--json', 'print an array of events as JSON')
    .action(
      withContext(
        async (
          { deps },
          flags: { status?: string; kind?: string; org?: string; from?: string; to?: string; json?: boolean },
        ) => {
          const organizationId = flags.org ? (await resolveOrganization(deps, flags.org)).id : undefined;
          const found = await listEvents(deps, {
            status: flags.status,
            kind: flags.kind,
            organizationId,
            from: flags.from,
            to: flags.to,
          });
          if (flags.json) printJson(found);
          else
            printTable(
              found,
              [
                { header: 'ID', value: (e: KithEvent) => e.id, max: 26 },
                { header: 'DATES', value: dates, max: 23 },
                { header: 'NAME', value: (e: KithEvent) => e.name, max: 35 },
                { header: 'KIND', value: (e: KithEvent) => words(e.kind) },
                { header: 'STATUS', value: (e: KithEvent) => e.status },
                { header: 'LOCATION', value: (e: KithEvent) => e.location, max: 25 },
              ],
              'No events yet. Add one with: kith events add "Logistics World" --starts 2026-09-14',
            );
        },
      ),
    );

  events
    .command('show')
    .description('show an event and the people met or attending there')
    .argument('<event>', 'id or name')
    .option('--json', 'print the event view as JSON')
    .action(
      withContext(async ({ deps }, key: string, flags: { json?: boolean }) => {
        const view = await viewEvent(deps, (await resolveEvent(deps, key)).id);
        if (flags.json) printJson(view);
        else printEventView(view);
      }),
    );

  eventFlags(events.command('edit').description('change an event').argument('<event>', 'id or name'))
    .option('--name <name>', 'new name')
    .option('--starts <date>', 'first day, YYYY-MM-DD')
    .option('--no-org', 'detach it from its organization')
    .option('--json', 'print the event as JSON')
    .hook('preAction', requireAChange)
    .action(
      withContext(async ({ deps }, key: string, flags: EventFlags & { name?: string }) => {
        const current = await resolveEvent(deps, key);
        const patch = { ...(await fieldsFromFlags(deps, flags)), ...(flags.name ? { name: flags.name } : {}) };
        const event = await updateEvent(deps, current.id, patch);
        if (flags.json) printJson(event);
        else cliIo().stdout.write(`Updated ${event.name} (${event.id})\n`);
      }),
    );

  events
    .command('rm')
    .description('delete an event (people and interactions stay; their links to it go)')
    .argument('<event>', 'id or name')
    .option('--json', 'print what was deleted and unlinked as JSON')
    .action(
      withContext(async ({ deps }, key: string, flags: { json?: boolean }) => {
        const result = await deleteEvent(deps, (await resolveEvent(deps, key)).id);
        if (flags.json) printJson(result);
        else
          cliIo().stdout.write(
            `Deleted ${result.event.name}; unlinked ${counted(result.unlinked.people, 'person', 'people')} and ${counted(result.unlinked.interactions, 'interaction')}\n`,
          );
      }),
    );

  addPersonFlags(
    events
      .command('met')
      .description('record someone you met at an event; a name that matches nobody adds them (with the flags)')
      .argument('<event>', 'id or name')
      .argument('<person>', 'id or name of someone you know, or the name of someone new'),
  )
    .option('--note <text>', 'what you talked about')
    .option('--json', 'print the result as JSON')
    .action(
      withContext(
        async ({ deps }, eventKey: string, who: string, flags: PersonFlags & { note?: string; json?: boolean }) => {
          const event = await resolveEvent(deps, eventKey);
          const result = await meetAtEvent(deps, event.id, {
            person: who,
            newPerson: { ...personInputFromFlags(who, flags), ...(await introducerOf(deps, flags)) },
            note: flags.note,
          });
          if (flags.json) printJson(result);
          else
            cliIo().stdout.write(
              `${result.created ? 'Added' : 'Linked'} ${result.person.displayName} (${result.person.id}), met at ${event.name}\n`,
            );
        },
      ),
    );

  events
    .command('attending')
    .description('note that someone you know will be at an event')
    .argument('<event>', 'id or name')
    .argument('<person>', 'id or name')
    .option('--note <text>', 'a note')
    .option('--json', 'print the result as JSON')
    .action(
      withContext(async ({ deps }, eventKey: string, who: string, flags: { note?: string; json?: boolean }) => {
        const event = await resolveEvent(deps, eventKey);
        const result = await markAttending(deps, event.id, { person: who, note: flags.note });
        if (flags.json) printJson(result);
        else
          cliIo().stdout.write(
            result.link.relation === 'met'
              ? `You met ${result.person.displayName} at ${event.name} already\n`
              : `${result.person.displayName} will be at ${event.name}\n`,
          );
      }),
    );

  events
    .command('prep')
    .description('prepare for an event: who will be there, who is nearby, whom to ask to a meal')
    .argument('<event>', 'id or name')
    .option('--json', 'print the preparation as JSON')
    .action(
      withContext(async ({ deps }, key: string, flags: { json?: boolean }) => {
        const prep = await prepareEvent(deps, (await resolveEvent(deps, key)).id);
        if (flags.json) printJson(prep);
        else printPrep(prep);
      }),
    );

  events
    .command('followups')
    .description('people you met and have not followed up with yet')
    .argument('[event]', 'only this event (id or name)')
    .option('--draft', 'with a drafted message for each (their need, an item that fits) beside what you noted')
    .option('--as-of <date>', 'with --draft: treat this date (YYYY-MM-DD) as today')
    .option('--json', 'print an array of follow-ups as JSON')
    .action(
      withContext(
        async ({ deps }, key: string | undefined, flags: { draft?: boolean; asOf?: string; json?: boolean }) => {
          const eventId = key ? (await resolveEvent(deps, key)).id : undefined;
          if (flags.draft) {
            const drafts = await listFollowUpDrafts(deps, { eventId, asOf: flags.asOf });
            if (flags.json) printJson(drafts);
            else printDrafts(drafts);
            return;
          }
          const followUps = await listFollowUps(deps, { eventId });
          if (flags.json) printJson(followUps);
          else
            printTable(
              followUps,
              [
                { header: 'DUE', value: (f: FollowUp) => f.dueOn },
                { header: 'NAME', value: (f: FollowUp) => f.personName, max: 30 },
                { header: 'MET AT', value: (f: FollowUp) => f.eventName, max: 30 },
                { header: 'NOTE', value: (f: FollowUp) => f.note, max: 50 },
              ],
              'Nobody to follow up with.',
            );
        },
      ),
    );

  events
    .command('dismiss')
    .description('close the follow-up with someone you met, without logging anything')
    .argument('<event>', 'id or name')
    .argument('<person>', 'id or name')
    .option('--json', 'print the link as JSON')
    .action(
      withContext(async ({ deps }, eventKey: string, who: string, flags: { json?: boolean }) => {
        const event = await resolveEvent(deps, eventKey);
        const person = await resolvePerson(deps, who);
        const link = await dismissFollowUp(deps, event.id, person.id);
        if (flags.json) printJson(link);
        else cliIo().stdout.write(`Dismissed the follow-up with ${person.displayName} from ${event.name}\n`);
      }),
    );

  events
    .command('reopen')
    .description('open a dismissed follow-up again')
    .argument('<event>', 'id or name')
    .argument('<person>', 'id or name')
    .option('--json', 'print the link as JSON')
    .action(
      withContext(async ({ deps }, eventKey: string, who: string, flags: { json?: boolean }) => {
        const event = await resolveEvent(deps, eventKey);
        const person = await resolvePerson(deps, who);
        const link = await reopenFollowUp(deps, event.id, person.id);
        if (flags.json) printJson(link);
        else cliIo().stdout.write(`Following up with ${person.displayName} from ${event.name} again\n`);
      }),
    );

  registerConferenceCommands(events);

  program
    .command('sources')
    .description(describeCommand('sources'))
    .option('--json', 'print the report as JSON')
    .action(
      withContext(async ({ deps }, flags: { json?: boolean }) => {
        const report = await networkSources(deps);
        if (flags.json) printJson(report);
        else
          printTable(
            report.sources,
            [
              { header: 'SOURCE', value: (s: SourceRow) => s.name, max: 40 },
              { header: 'KIND', value: (s: SourceRow) => s.kind },
              { header: 'MET', value: (s: SourceRow) => s.introduced },
              { header: 'IN TOUCH', value: (s: SourceRow) => s.stillInTouch },
            ],
            'No sources yet: record people you meet with `kith events met EVENT NAME`.',
          );
      }),
    );
}
