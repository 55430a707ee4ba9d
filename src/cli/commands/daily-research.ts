import { type Command, InvalidArgumentError } from 'commander';
import { KithError } from '../../core/errors.js';
import { answerTierAdvice } from '../../core/keep-in-touch/answer-tier-advice.js';
import { dismissReconnect } from '../../core/keep-in-touch/dismiss-reconnect.js';
import { draftReconnection } from '../../core/keep-in-touch/draft-reconnection.js';
import type { TierAdvice, TierSuggestion, TodayEntry } from '../../core/keep-in-touch/schema.js';
import { acceptTierSuggestions, listTierSuggestions } from '../../core/keep-in-touch/tier-suggestions.js';
import { resolvePerson } from '../../core/people/resolve-person.js';
import type { Settings } from '../../core/settings/schema.js';
import { updateSettings } from '../../core/settings/update-settings.js';
import { wholeNumber } from '../flag-values.js';
import { cliIo } from '../io.js';
import { printFields, printJson, printTable } from '../output.js';
import { withContext } from '../run.js';
import { describeCommand } from './index.js';

/** How `kith today` marks the entries that are not someone coming due. */
export const entryLabels: Record<NonNullable<TodayEntry['kind']>, string> = {
  reconnect: 'Reconnect',
  hello: 'Say hello',
};

export function printTierAdvice(advice: TierAdvice): void {
  cliIo().stdout.write(`\n${advice.message}\n`);
  for (const person of advice.people) {
    const last = person.lastInteractionOn ? `last in touch ${person.lastInteractionOn}` : 'never in touch';
    cliIo().stdout.write(`   - ${person.name} (${last}) → ${person.toTier}  ${person.id}\n`);
  }
  const ids = advice.people.map((person) => person.id).join(' ');
  cliIo().stdout.write(`   kith tiers answer ${advice.tier} --move ${ids}   or   kith tiers answer ${advice.tier}\n`);
}

/** The settings `kith settings` shows for the research-grounded parts of the daily list. */
export function researchSettingFields(settings: Settings): [string, string][] {
  const onOff = (on: boolean) => (on ? 'on' : 'off');
  return [
    ['Reconnect', `${onOff(settings.reconnect)} (a dormant tie a day)`],
    ['Say hello', `${onOff(settings.hello)} (a plain hello a week)`],
    ['My topics', settings.myTopics.length > 0 ? settings.myTopics.join(', ') : 'none yet'],
    ['Tier sizes', `inner ${settings.innerTierSize}, inner and close ${settings.innerAndCloseSize}`],
    ['Family cadence', `${settings.familyCadencePercent}% of the tier's (friends come due first)`],
  ];
}

function onOff(value: string): boolean {
  if (value === 'on') return true;
  if (value === 'off') return false;
  throw new InvalidArgumentError('must be "on" or "off"');
}

function printSuggestions(suggestions: readonly TierSuggestion[]): void {
  printTable(suggestions, [
    { header: 'ID', value: (s) => s.id, max: 26 },
    { header: 'NAME', value: (s) => s.name, max: 30 },
    { header: 'NOW', value: (s) => s.tier },
    { header: 'SUGGESTED', value: (s) => s.suggestedTier },
    { header: 'WHY', value: (s) => s.reason, max: 40 },
  ]);
}

/** `kith draft`, `kith reconnect dismiss`, `kith tiers …` and the daily list's settings. */
export function registerDailyResearchCommands(program: Command): void {
  program
    .command('draft')
    .description(describeCommand('draft'))
    .argument('<person>', 'id or name')
    .option('--json', 'print the draft and what it was built from as JSON')
    .action(
      withContext(async ({ deps }, idOrName: string, flags: { json?: boolean }) => {
        const draft = await draftReconnection(deps, (await resolvePerson(deps, idOrName)).id);
        if (flags.json) printJson(draft);
        else {
          cliIo().stdout.write(`${draft.text}\n`);
          // Your note is for you, to draw on in your own words: beside the draft, never in it.
          if (draft.lastNote) cliIo().stdout.write(`\n(Your last note: ${draft.lastNote})\n`);
        }
      }),
    );

  const reconnect = program.command('reconnect').description(describeCommand('reconnect'));
  reconnect
    .command('dismiss')
    .description('not now: the person is not proposed as a dormant tie again for a year')
    .argument('<person>', 'id or name')
    .option('--json', 'print the result as JSON')
    .action(
      withContext(async ({ deps }, idOrName: string, flags: { json?: boolean }) => {
        const person = await resolvePerson(deps, idOrName);
        const result = await dismissReconnect(deps, person.id);
        if (flags.json) printJson(result);
        else cliIo().stdout.write(`${person.displayName} will not be proposed again until ${result.silencedUntil}\n`);
      }),
    );

  const tiers = program.command('tiers').description(describeCommand('tiers'));
  tiers
    .command('suggest')
    .description('propose a tier per person from how often you were in touch in the last year')
    .option('--accept [people...]', 'take the suggestions (all, or only these people by id)')
    .option('--as-of <date>', 'suggest as of this date (YYYY-MM-DD); a preview that cannot be accepted')
    .option('--json', 'print the suggestions as JSON')
    .action(
      withContext(async ({ deps }, flags: { accept?: true | string[]; asOf?: string; json?: boolean }) => {
        if (flags.accept && flags.asOf) {
          throw new KithError('VALIDATION_FAILED', '--as-of previews another day; leave it out to --accept');
        }
        if (flags.accept) {
          const personIds = flags.accept === true ? undefined : flags.accept;
          const accepted = await acceptTierSuggestions(deps, personIds ? { personIds } : {});
          if (flags.json) return printJson(accepted);
          cliIo().stdout.write(`Moved ${accepted.length} ${accepted.length === 1 ? 'person' : 'people'}\n`);
          return;
        }
        const suggestions = await listTierSuggestions(deps, { asOf: flags.asOf });
        if (flags.json) return printJson(suggestions);
        if (suggestions.length === 0) {
          cliIo().stdout.write('Every tier fits how often you are in touch.\n');
          return;
        }
        printSuggestions(suggestions);
        if (!flags.asOf) {
          cliIo().stdout.write('\nkith tiers suggest --accept   (all)   or   kith tiers suggest --accept ID…\n');
        }
      }),
    );
  tiers
    .command('answer')
    .description('answer tier-size advice: move the people offered one tier down, or keep things as they are')
    .argument('<layer>', 'inner (the inner tier) or close (inner and close together)')
    .option('--move <people...>', 'ids or names of the people to move one tier down')
    .option('--json', 'print the result as JSON')
    .action(
      withContext(async ({ deps }, layer: string, flags: { move?: string[]; json?: boolean }) => {
        if (layer !== 'inner' && layer !== 'close') {
          throw new KithError('VALIDATION_FAILED', `layer: must be inner or close, not "${layer}"`);
        }
        const move: string[] = [];
        for (const idOrName of flags.move ?? []) move.push((await resolvePerson(deps, idOrName)).id);
        const result = await answerTierAdvice(deps, { tier: layer, personIds: move });
        if (flags.json) return printJson(result);
        for (const person of result.moved) cliIo().stdout.write(`Moved ${person.name} to ${person.tier}\n`);
        cliIo().stdout.write(`Noted: the list will not say this again unless the tier grows past ${result.size}\n`);
      }),
    );

  const settings = program.commands.find((command) => command.name() === 'settings');
  if (!settings) return;
  const show = (updated: Settings) => printFields(researchSettingFields(updated));
  settings
    .command('reconnect')
    .description('propose a dormant tie to reconnect with, at most one a day')
    .argument('<on|off>', 'on or off', onOff)
    .action(withContext(async ({ deps }, on: boolean) => show(await updateSettings(deps, { reconnect: on }))));
  settings
    .command('hello')
    .description('propose a plain hello to a long silence, at most one a week')
    .argument('<on|off>', 'on or off', onOff)
    .action(withContext(async ({ deps }, on: boolean) => show(await updateSettings(deps, { hello: on }))));
  settings
    .command('my-topics')
    .description('the topics you follow (dormant ties who share them come first); replaces the list')
    .argument('[topics...]', 'topics, such as "rust" "climate tech"; none to clear')
    .action(withContext(async ({ deps }, topics: string[]) => show(await updateSettings(deps, { myTopics: topics }))));
  settings
    .command('tier-sizes')
    .description('when the list says a tier has outgrown its layer (Dunbar: about 5 and 15)')
    .argument('<inner>', 'most people in the inner tier', wholeNumber)
    .argument('<innerAndClose>', 'most people in inner and close together', wholeNumber)
    .action(
      withContext(async ({ deps }, inner: number, innerAndClose: number) =>
        show(await updateSettings(deps, { innerTierSize: inner, innerAndCloseSize: innerAndClose })),
      ),
    );
  settings
    .command('family-cadence')
    .description("a relative's cadence as a percentage of their tier's (100 to 400): friends come due first")
    .argument('<percent>', 'such as 125', wholeNumber)
    .action(
      withContext(async ({ deps }, percent: number) =>
        show(await updateSettings(deps, { familyCadencePercent: percent })),
      ),
    );
}
