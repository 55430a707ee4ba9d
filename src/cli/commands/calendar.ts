import type { Command } from 'commander';
import { createCalendarFeed } from '../../core/calendar/create-calendar-feed.js';
import { getCalendarFeed } from '../../core/calendar/get-calendar-feed.js';
import { revokeCalendarFeed } from '../../core/calendar/revoke-calendar-feed.js';
import type { CalendarFeedStatus } from '../../core/calendar/schema.js';
import { cliIo } from '../io.js';
import { dayWords, printFields, printJson } from '../output.js';
import { withContext } from '../run.js';
import { describeCommand } from './index.js';

const DEFAULT_BASE_URL = 'http://127.0.0.1:4321';

/** Where `kith serve` is reached: KITH_PUBLIC_URL, else its default address. */
export const cliBaseUrl = (): string => cliIo().env.KITH_PUBLIC_URL || DEFAULT_BASE_URL;

/** Under a link printed for kith's default address: the CLI cannot know that a server runs elsewhere. */
export function defaultBaseUrlHint(): string {
  return cliIo().env.KITH_PUBLIC_URL
    ? ''
    : `The link is for kith serve at ${DEFAULT_BASE_URL}; if it runs elsewhere, set KITH_PUBLIC_URL to its address.\n`;
}

function printStatus(status: CalendarFeedStatus): void {
  printFields([
    ['Feed', status.enabled ? 'on' : 'off'],
    ['Made', dayWords(status.createdAt)],
    ['Last read', dayWords(status.lastFetchedAt)],
  ]);
  cliIo().stdout.write(`\n${status.contains}\n`);
}

/** `kith calendar …`: the calendar feed (iCalendar) for a calendar program to subscribe to. */
export function registerCalendarCommands(program: Command): void {
  const calendar = program
    .command('calendar')
    .description(describeCommand('calendar'))
    .option('--json', 'print JSON')
    .action(
      withContext(async ({ deps }, flags: { json?: boolean }) => {
        const status = await getCalendarFeed(deps);
        if (flags.json) printJson(status);
        else printStatus(status);
      }),
    );

  for (const [verb, rotate, description] of [
    ['link', false, 'turn the feed on and print its link (shown once; only its hash is kept)'],
    ['rotate', true, 'replace the link with a new one; the old one stops working'],
  ] as const) {
    calendar
      .command(verb)
      .description(description)
      .option('--json', 'print JSON')
      .action(
        withContext(async ({ deps }, flags: { json?: boolean }) => {
          const created = await createCalendarFeed(deps, { rotate, baseUrl: cliBaseUrl() });
          if (flags.json) return printJson(created);
          cliIo().stdout.write(`${created.url}\n`);
          cliIo().stderr.write(
            `Subscribe to this link in your calendar; it will not be shown again.\n${defaultBaseUrlHint()}`,
          );
        }),
      );
  }

  calendar
    .command('off')
    .description('turn the feed off; its link answers 404')
    .action(
      withContext(async ({ deps }) => {
        await revokeCalendarFeed(deps);
        cliIo().stdout.write('Calendar feed is off\n');
      }),
    );
}
