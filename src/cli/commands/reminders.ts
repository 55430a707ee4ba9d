import type { Command } from 'commander';
import { resolvePerson } from '../../core/people/resolve-person.js';
import { completeReminder } from '../../core/reminders/complete-reminder.js';
import { createReminder } from '../../core/reminders/create-reminder.js';
import { deleteReminder } from '../../core/reminders/delete-reminder.js';
import { listReminders } from '../../core/reminders/list-reminders.js';
import type { Reminder } from '../../core/reminders/schema.js';
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

export function registerReminderCommands(program: Command): void {
  program
    .command('remind')
    .description(describeCommand('remind'))
    .argument('<words...>', 'TEXT, or PERSON TEXT (a name or id, then the text)')
    .requiredOption('--on <date>', 'when it is due, YYYY-MM-DD')
    .option('--json', 'print the reminder as JSON')
    .action(
      withContext(async ({ deps }, words: string[], flags: { on: string; json?: boolean }) => {
        const [first = '', ...rest] = words;
        const personId = rest.length > 0 ? (await resolvePerson(deps, first)).id : null;
        const text = rest.length > 0 ? rest.join(' ') : first;
        const reminder = await createReminder(deps, { personId, text, dueOn: flags.on });
        if (flags.json) printJson(reminder);
        else cliIo().stdout.write(`Reminder ${reminder.id} due ${reminder.dueOn}\n`);
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
        const reminder = await completeReminder(deps, id);
        if (flags.json) printJson(reminder);
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
