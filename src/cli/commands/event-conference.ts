import type { Command } from 'commander';
import { importAttendees } from '../../core/conference/import-attendees.js';
import { listAttendees } from '../../core/conference/list-attendees.js';
import { meetAttendee } from '../../core/conference/meet-attendee.js';
import type { AttendeeList, AttendeeView, MorningFollowUp } from '../../core/conference/schema.js';
import { sendSlides } from '../../core/conference/send-slides.js';
import { suggestTalkRecipients } from '../../core/conference/talk-suggestions.js';
import { KithError } from '../../core/errors.js';
import { resolveEvent } from '../../core/events/resolve-event.js';
import { resolvePerson } from '../../core/people/resolve-person.js';
import type { Deps } from '../../core/repos.js';
import { matchByName } from '../../core/shared/match-name.js';
import { readUserFile } from '../files.js';
import { cliIo } from '../io.js';
import { printJson, printTable } from '../output.js';
import { withContext } from '../run.js';

/** Drafted follow-ups, each under its person and event, ready to copy. */
export function printDrafts(drafts: readonly MorningFollowUp[]): void {
  const out = cliIo().stdout;
  if (drafts.length === 0) {
    out.write('Nobody to follow up with.\n');
    return;
  }
  drafts.forEach((draft, index) => {
    // Your note is for you: beside the draft, never in it.
    const note = draft.note ? ` · ${draft.note}` : '';
    out.write(`${index > 0 ? '\n' : ''}${draft.personName} — met at ${draft.eventName} on ${draft.metOn}${note}\n`);
    out.write(`${draft.draft.replace(/^(?=.)/gm, '  ')}\n`);
  });
}

const who = (a: AttendeeView) =>
  a.person && a.person.displayName !== a.name ? `${a.name} (${a.person.displayName})` : a.name;

function printAttendees(list: AttendeeList): void {
  const out = cliIo().stdout;
  out.write(
    `${list.event.name}: ${list.total} on the list; you know ${list.known} ${list.known === 1 ? 'person' : 'people'} here\n`,
  );
  out.write('\nWho to find\n');
  printTable(
    list.toFind,
    [
      { header: 'NAME', value: who, max: 40 },
      { header: 'COMPANY', value: (a: AttendeeView) => a.company, max: 25 },
      { header: 'WHY', value: (a: AttendeeView) => a.reasons.join('; '), max: 80 },
    ],
    'Nobody you know with a reason to find.',
  );
  out.write('\nNot yet known, with your topics\n');
  printTable(
    list.strangers,
    [
      { header: 'NAME', value: (a: AttendeeView) => a.name, max: 30 },
      { header: 'TITLE', value: (a: AttendeeView) => a.title, max: 35 },
      { header: 'COMPANY', value: (a: AttendeeView) => a.company, max: 25 },
      { header: 'WHY', value: (a: AttendeeView) => a.reasons.join('; '), max: 60 },
    ],
    'Nobody.',
  );
}

/** The row an id or name refers to on an event's list. */
async function resolveAttendee(deps: Deps, eventId: string, key: string): Promise<AttendeeView> {
  const { attendees } = await listAttendees(deps, eventId);
  const byId = attendees.find((a) => a.id === key.trim());
  if (byId) return byId;
  const matches = matchByName(attendees, key, (a) => a.name);
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length > 1) {
    const listed = matches.map((a) => `${a.id} (${a.name}, line ${a.line})`).join('; ');
    throw new KithError('AMBIGUOUS_NAME', `"${key}" matches ${matches.length} attendees, use an id: ${listed}`);
  }
  throw new KithError('NOT_FOUND', `Nobody named "${key}" on the attendee list`);
}

/** `kith events attendees` and `kith events talk`: conference mode (issue 19). */
export function registerConferenceCommands(events: Command): void {
  events
    .command('attendees')
    .description('an event’s attendee or speaker list: whom you know there and who to find, with why')
    .argument('<event>', 'id or name')
    .option('--import <file>', 'replace the list with this CSV (name, company, title, email, profile URL)')
    .option('--met <attendee>', 'record that you met this attendee (id or name); a stranger is added now')
    .option('--note <text>', 'with --met: what you talked about')
    .option('--json', 'print the list as JSON')
    .action(
      withContext(
        async ({ deps }, key: string, flags: { import?: string; met?: string; note?: string; json?: boolean }) => {
          const event = await resolveEvent(deps, key);
          if (flags.met) {
            const attendee = await resolveAttendee(deps, event.id, flags.met);
            const result = await meetAttendee(deps, event.id, attendee.id, { note: flags.note });
            if (flags.json) printJson(result);
            else
              cliIo().stdout.write(
                `${result.created ? 'Added' : 'Linked'} ${result.person.displayName} (${result.person.id}), met at ${event.name}\n`,
              );
            return;
          }
          const list = flags.import
            ? await importAttendees(deps, event.id, { csv: readUserFile(flags.import) })
            : await listAttendees(deps, event.id);
          if (flags.json) printJson(list);
          else printAttendees(list);
        },
      ),
    );

  events
    .command('talk')
    .description('after your talk: who would want the slides (by the talk’s title and description)')
    .argument('<event>', 'id or name')
    .option('--send <person>', 'send the slides to this person (a share; id or name)')
    .option('--slides <url>', 'with --send: where the slides are')
    .option('--note <text>', 'with --send: a note')
    .option('--json', 'print the result as JSON')
    .action(
      withContext(
        async ({ deps }, key: string, flags: { send?: string; slides?: string; note?: string; json?: boolean }) => {
          const event = await resolveEvent(deps, key);
          if (flags.send) {
            const person = await resolvePerson(deps, flags.send);
            const share = await sendSlides(deps, event.id, {
              personId: person.id,
              slidesUrl: flags.slides,
              note: flags.note,
            });
            if (flags.json) printJson(share);
            else cliIo().stdout.write(`Sent “${share.itemTitle}” to ${share.personName}\n`);
            return;
          }
          const suggestions = await suggestTalkRecipients(deps, event.id);
          if (flags.json) {
            printJson(suggestions);
            return;
          }
          cliIo().stdout.write(`Who would want the slides of “${suggestions.event.talkTitle}”\n`);
          printTable(
            suggestions.suggestions,
            [
              { header: 'NAME', value: (s: { name: string }) => s.name, max: 30 },
              { header: 'WHY', value: (s: { reasons: string[] }) => s.reasons.join('; '), max: 80 },
            ],
            'Nobody whose topics meet the talk.',
          );
        },
      ),
    );
}
