import type { Command } from 'commander';
import { isKithError, KithError } from '../../core/errors.js';
import { resolvePerson } from '../../core/people/resolve-person.js';
import type { Person } from '../../core/people/schema.js';
import { completeReminder } from '../../core/reminders/complete-reminder.js';
import { createReminder } from '../../core/reminders/create-reminder.js';
import { deleteReminder } from '../../core/reminders/delete-reminder.js';
import { listReminders } from '../../core/reminders/list-reminders.js';
import type { Reminder } from '../../core/reminders/schema.js';
import type { Deps } from '../../core/repos.js';
import { cliIo } from '../io.js';
import { printJson, printTable } from '../output.js';
import { withContext } from '../run.js';
import { describeCommand } from './index.js';

const reminderColumns = [
  { header: 'ID', value: (r: Reminder) => r.id, max: 26 },
  { header: 'DUE', value: (r: Reminder) => r.snoozedUntil ?? r.dueOn },
  { header: 'PERSON', value: (r: Reminder) => r.personName, max: 30 },
  { header: 'TEXT', value: (r: Reminder) => r.text, max: 60 },
];

/** The most words a person's name given unquoted may take ("Amara Nwosu send deck"). */
const NAME_WORDS_AT_MOST = 3;

/**
 * `remind`'s words as the person they are about and the text: one word is the text alone;
 * else the person is the longest run of leading words that is someone's whole name
 * (leaving a word of text), so an unquoted "Amara Nwosu send deck" is about Amara Nwosu,
 * or else the first word, as a name or id is found. When that names no one, the error
 * says how to write a reminder about no one.
 */
async function personAndText(deps: Deps, words: readonly string[]): Promise<{ person: Person | null; text: string }> {
  if (words.length < 2) return { person: null, text: words.join(' ') };
  // A name of several words counts only when it is someone's whole name: resolvePerson
  // also finds "ada a" in Ada Wilson, and "kith remind ada a gift" would lose its "a".
  for (let count = Math.min(NAME_WORDS_AT_MOST, words.length - 1); count >= 2; count--) {
    const named = await deps.repos.people.findByName(words.slice(0, count).join(' '));
    const [person] = named;
    if (person && named.length === 1) return { person, text: words.slice(count).join(' ') };
  }
  try {
    return { person: await resolvePerson(deps, words[0] ?? ''), text: words.slice(1).join(' ') };
  } catch (error) {
    if (!isKithError(error) || error.code !== 'PERSON_NOT_FOUND') throw error;
  }
  throw new KithError(
    'PERSON_NOT_FOUND',
    `No person with id or name "${words[0]}": a reminder about no one is one quoted text, as kith remind "${words.join(' ')}" --on DATE`,
  );
}

export function registerReminderCommands(program: Command): void {
  program
    .command('remind')
    .description(describeCommand('remind'))
    .argument('<words...>', 'PERSON TEXT (a name or id, then the text), or "TEXT" quoted for a reminder about no one')
    .requiredOption('--on <date>', 'when it is due, YYYY-MM-DD (required)')
    .option('--json', 'print the reminder as JSON')
    .action(
      withContext(async ({ deps }, words: string[], flags: { on: string; json?: boolean }) => {
        const { person, text } = await personAndText(deps, words);
        const reminder = await createReminder(deps, { personId: person?.id ?? null, text, dueOn: flags.on });
        if (flags.json) printJson(reminder);
        else
          cliIo().stdout.write(
            `Reminder ${reminder.id}${person ? ` about ${person.displayName}` : ''} due ${reminder.dueOn}: ${reminder.text}\n`,
          );
      }),
    );

  program
    .command('reminders')
    .description(describeCommand('reminders'))
    .option('--as-of <date>', 'treat this date (YYYY-MM-DD) as today')
    .option('--all', 'every open reminder, due or not')
    .option('--json', 'print an array of reminders as JSON')
    .action(
      withContext(async ({ deps }, flags: { asOf?: string; all?: boolean; json?: boolean }) => {
        const reminders = await listReminders(deps, { asOf: flags.asOf, all: !!flags.all });
        if (flags.json) printJson(reminders);
        else printTable(reminders, reminderColumns, 'No reminders due.');
      }),
    );

  program
    .command('done')
    .description(describeCommand('done'))
    .argument('<reminder>', 'reminder id')
    .option('--json', 'print the reminder as JSON')
    .action(
      withContext(async ({ deps }, id: string, flags: { json?: boolean }) => {
        const already = (await deps.repos.reminders.get(id.trim()))?.doneAt;
        const reminder = await completeReminder(deps, id);
        if (flags.json) printJson(reminder);
        else if (already) cliIo().stdout.write(`Already done: ${reminder.text} (on ${already.slice(0, 10)})\n`);
        else cliIo().stdout.write(`Done: ${reminder.text}\n`);
      }),
    );

  program
    .command('unremind')
    .description(describeCommand('unremind'))
    .argument('<reminder>', 'reminder id')
    .action(
      withContext(async ({ deps }, id: string) => {
        const reminder = await deleteReminder(deps, id);
        cliIo().stdout.write(`Deleted reminder: ${reminder.text}\n`);
      }),
    );
}
