import type { Command } from 'commander';
import { nextMorningFollowUps } from '../../core/conference/next-morning.js';
import type { NextMorning } from '../../core/conference/schema.js';
import { KithError } from '../../core/errors.js';
import { isSnoozed } from '../../core/keep-in-touch/daily-list.js';
import { getToday } from '../../core/keep-in-touch/get-today.js';
import { acceptDrift, dismissDrift } from '../../core/keep-in-touch/resolve-drift.js';
import type { SnoozeInput, Today } from '../../core/keep-in-touch/schema.js';
import { snoozePerson } from '../../core/keep-in-touch/snooze-person.js';
import { createOccasion } from '../../core/occasions/create-occasion.js';
import { deleteOccasion } from '../../core/occasions/delete-occasion.js';
import { listOccasions } from '../../core/occasions/list-occasions.js';
import { resolvePerson } from '../../core/people/resolve-person.js';
import { type Tier, tiers } from '../../core/people/schema.js';
import { snoozeReminder } from '../../core/reminders/snooze-reminder.js';
import { getSettings } from '../../core/settings/get-settings.js';
import type { Settings } from '../../core/settings/schema.js';
import { updateSettings } from '../../core/settings/update-settings.js';
import { userClock } from '../../core/settings/user-clock.js';
import { effectiveTimeZone, weekdayName, yearlyDateWords } from '../../core/shared/dates.js';
import { counted } from '../../core/shared/text.js';
import { wholeNumber } from '../flag-values.js';
import { cliIo } from '../io.js';
import { printFields, printJson, printTable } from '../output.js';
import { withContext } from '../run.js';
import { entryLabels, printTierAdvice, researchSettingFields } from './daily-research.js';
import { describeCommand } from './index.js';

function printToday(today: Today, morning: NextMorning): void {
  cliIo().stdout.write(`${weekdayName(today.date)} ${today.date} (${today.timeZone})\n`);
  if (morning.followUps.length > 0) {
    const events = [...new Set(morning.followUps.map((f) => f.eventName))].join(', ');
    cliIo().stdout.write(`\nThe morning after ${events}: follow up (log it or send something to clear it)\n`);
    for (const followUp of morning.followUps) {
      // Your note is for you: beside the draft, never in it.
      const note = followUp.note ? `  · ${followUp.note}` : '';
      cliIo().stdout.write(
        `\n* ${followUp.personName}  ${followUp.personId}${note}\n${followUp.draft.replace(/^(?=.)/gm, '    ')}\n`,
      );
    }
  }
  // Whoever the morning's follow-ups open with is not listed twice.
  const inMorning = new Set(morning.followUps.map((followUp) => followUp.personId));
  const entries = today.entries.filter((entry) => !inMorning.has(entry.id));
  if (entries.length === 0) {
    if (inMorning.size === 0) cliIo().stdout.write('Nobody is due today.\n');
    return;
  }
  if (inMorning.size > 0) cliIo().stdout.write('\nAlso today\n');
  entries.forEach((entry, index) => {
    const label = entry.kind ? `${entryLabels[entry.kind]}: ` : '';
    cliIo().stdout.write(`\n${index + 1}. ${label}${entry.name} (${entry.tier})  ${entry.id}\n`);
    for (const reason of entry.reasons) cliIo().stdout.write(`   - ${reason}\n`);
    if (entry.gift) cliIo().stdout.write(`   kith share ${entry.gift.itemId} --to ${entry.id}\n`);
    if (entry.drift) {
      cliIo().stdout.write(`   kith drift accept ${entry.id}   or   kith drift dismiss ${entry.id}\n`);
    }
    if (entry.kind === 'reconnect') {
      cliIo().stdout.write(`   kith draft ${entry.id}   or   kith reconnect dismiss ${entry.id}\n`);
    }
  });
  if (today.advice) printTierAdvice(today.advice);
}

function printSettings(settings: Settings): void {
  const days = (value: number | null) => (value === null ? 'never' : `every ${counted(value, 'day')}`);
  printFields([
    ['Inner', days(settings.cadences.inner)],
    ['Close', days(settings.cadences.close)],
    ['Regular', days(settings.cadences.regular)],
    ['Acquaintance', days(settings.cadences.acquaintance)],
    ['Daily list', counted(settings.dailyListSize, 'person', 'people')],
    ['Follow up', `within ${counted(settings.followUpDays, 'day')} after an event`],
    ['Time zone', settings.timeZone ?? `${effectiveTimeZone(null)} (the system's)`],
    ['Phone region', `${settings.phoneRegion} (numbers without + are read as this country's)`],
    ...researchSettingFields(settings),
  ]);
}

type SnoozeFlags = { until?: string; for?: string; json?: boolean };
const snoozeInput = (flags: SnoozeFlags): SnoozeInput => ({ until: flags.until, for: flags.for });

export function registerKeepInTouchCommands(program: Command): void {
  program
    .command('today')
    .description(describeCommand('today'))
    .option('--as-of <date>', 'treat this date (YYYY-MM-DD) as today; a preview that records nothing')
    .option('--limit <n>', 'at most this many people (default: your daily list size)', wholeNumber)
    .option('--json', 'print an array of entries (id, name, reasons, …) as JSON')
    .action(
      withContext(async ({ deps }, flags: { asOf?: string; limit?: number; json?: boolean }) => {
        const today = await getToday(deps, { asOf: flags.asOf, limit: flags.limit });
        if (flags.json) printJson(today.entries);
        else printToday(today, await nextMorningFollowUps(deps, { asOf: flags.asOf }));
      }),
    );

  program
    .command('snooze')
    .description(describeCommand('snooze'))
    .argument('<target>', 'a person (name or id), or a reminder id')
    .option('--until <date>', 'until this date, YYYY-MM-DD')
    .option('--for <duration>', 'for a while from today: 3d, 2w, 1m, 1y')
    .option('--json', 'print the result as JSON')
    // How long is the command's own question: neither flag, or both, is a usage mistake (exit 2).
    .hook('preAction', (command) => {
      const flags = command.opts<SnoozeFlags>();
      if ((flags.until === undefined) === (flags.for === undefined)) {
        command.error('kith snooze: say how long, with either --until DATE or --for DURATION (such as 2w)', {
          exitCode: 2,
        });
      }
    })
    .action(
      withContext(async ({ deps }, target: string, flags: SnoozeFlags) => {
        const reminder = await deps.repos.reminders.get(target.trim());
        if (reminder) {
          const snoozed = await snoozeReminder(deps, reminder.id, snoozeInput(flags));
          if (flags.json) printJson(snoozed);
          else cliIo().stdout.write(`Reminder snoozed until ${snoozed.snoozedUntil}\n`);
          return;
        }
        const person = await resolvePerson(deps, target);
        const state = await snoozePerson(deps, person.id, snoozeInput(flags));
        if (flags.json) return printJson(state);
        // A snooze ending today or before has ended (isSnoozed): say so, not "snoozed until" a past day.
        const { today } = await userClock(deps.repos, deps.now());
        cliIo().stdout.write(
          state.snoozedUntil && isSnoozed(state, today)
            ? `${person.displayName} is snoozed until ${state.snoozedUntil}\n`
            : `${person.displayName} is not snoozed (${state.snoozedUntil} is not after today): back on the daily list when due\n`,
        );
      }),
    );

  const drift = program.command('drift').description(describeCommand('drift'));
  for (const [verb, action, done, description] of [
    ['accept', acceptDrift, 'Moved', 'move the person one tier down, as the daily list suggests'],
    ['dismiss', dismissDrift, 'Kept', 'keep the person in their tier; the suggestion is not made again for a while'],
  ] as const) {
    drift
      .command(verb)
      .description(description)
      .argument('<person>', 'id or name')
      .option('--json', 'print the result as JSON')
      .action(
        withContext(async ({ deps }, idOrName: string, flags: { json?: boolean }) => {
          const person = await resolvePerson(deps, idOrName);
          const decision = await action(deps, person.id);
          if (flags.json) printJson(decision);
          else cliIo().stdout.write(`${done} ${person.displayName}: ${decision.tier}\n`);
        }),
      );
  }

  const settings = program
    .command('settings')
    .description(describeCommand('settings'))
    .option('--json', 'print the settings as JSON')
    .action(
      withContext(async ({ deps }, flags: { json?: boolean }) => {
        const current = await getSettings(deps);
        if (flags.json) printJson(current);
        else printSettings(current);
      }),
    );

  settings
    .command('cadence')
    .description('how often to keep in touch with a tier')
    .argument('<tier>', tiers.join(', '))
    .argument('<days>', 'a number of days, or "none" to never be reminded')
    .action(
      withContext(async ({ deps }, tier: string, days: string) => {
        if (!(tiers as readonly string[]).includes(tier)) {
          throw new KithError('VALIDATION_FAILED', `tier: must be one of ${tiers.join(', ')}`);
        }
        if (days !== 'none' && !/^\d+$/.test(days)) {
          throw new KithError('VALIDATION_FAILED', `days: must be a whole number of days or "none", not "${days}"`);
        }
        const value = days === 'none' ? null : Number(days);
        printSettings(await updateSettings(deps, { cadences: { [tier as Tier]: value } }));
      }),
    );

  settings
    .command('list-size')
    .description('how many people the daily list shows')
    .argument('<n>', 'a number from 1 to 100', wholeNumber)
    .action(
      withContext(async ({ deps }, size: number) => {
        printSettings(await updateSettings(deps, { dailyListSize: size }));
      }),
    );

  settings
    .command('follow-up')
    .description('how many days after an event to follow up with the people you met there')
    .argument('<days>', 'a number from 0 to 60')
    .action(
      withContext(async ({ deps }, days: string) => {
        if (!/^\d+$/.test(days))
          throw new KithError('VALIDATION_FAILED', `days: must be a whole number, not "${days}"`);
        printSettings(await updateSettings(deps, { followUpDays: Number(days) }));
      }),
    );

  settings
    .command('timezone')
    .description('the time zone "today" and due dates follow')
    .argument('<zone>', 'such as Europe/Berlin, or "system" to follow the computer')
    .action(
      withContext(async ({ deps }, zone: string) => {
        printSettings(await updateSettings(deps, { timeZone: zone === 'system' ? null : zone }));
      }),
    );

  settings
    .command('phone-region')
    .description('the country whose numbers phone numbers written without + are (import, matching, dedupe)')
    .argument('<country>', 'a two-letter country code such as US, GB or DE')
    .action(
      withContext(async ({ deps }, country: string) => {
        printSettings(await updateSettings(deps, { phoneRegion: country }));
      }),
    );

  const occasions = program.command('occasions').description(describeCommand('occasions'));
  occasions
    .command('add')
    .description('add a yearly date (a work anniversary, a name day) to a person')
    .argument('<person>', 'id or name')
    .argument('<label>', 'such as "work anniversary"')
    .requiredOption('--date <date>', 'YYYY-MM-DD, or MM-DD when the year is unknown (required)')
    .option('--json', 'print the occasion as JSON')
    .action(
      withContext(async ({ deps }, idOrName: string, label: string, flags: { date: string; json?: boolean }) => {
        const person = await resolvePerson(deps, idOrName);
        const date = /^\d{2}-\d{2}$/.test(flags.date) ? `--${flags.date}` : flags.date;
        const occasion = await createOccasion(deps, { personId: person.id, label, date });
        if (flags.json) printJson(occasion);
        else cliIo().stdout.write(`Added ${occasion.label} for ${person.displayName} (${occasion.id})\n`);
      }),
    );
  occasions
    .command('list')
    .description("a person's important dates")
    .argument('<person>', 'id or name')
    .option('--json', 'print an array of occasions as JSON')
    .action(
      withContext(async ({ deps }, idOrName: string, flags: { json?: boolean }) => {
        const found = await listOccasions(deps, (await resolvePerson(deps, idOrName)).id);
        if (flags.json) printJson(found);
        else
          printTable(found, [
            { header: 'ID', value: (o) => o.id, max: 26 },
            { header: 'DATE', value: (o) => yearlyDateWords(o.date) },
            { header: 'LABEL', value: (o) => o.label, max: 50 },
          ]);
      }),
    );
  occasions
    .command('rm')
    .description('remove an important date')
    .argument('<id>', 'occasion id')
    .action(
      withContext(async ({ deps }, id: string) => {
        const occasion = await deleteOccasion(deps, id);
        cliIo().stdout.write(`Deleted ${occasion.label}\n`);
      }),
    );
}
