import type { Command } from 'commander';
import { CARD_FIELD_LABELS, CARD_FIELDS, type CardField } from '../../core/my-card/constants.js';
import { createCardLink } from '../../core/my-card/create-card-link.js';
import { getMyCard } from '../../core/my-card/get-my-card.js';
import { revokeCardLink } from '../../core/my-card/revoke-card-link.js';
import type { MyCardView, UpdateMyCardInput } from '../../core/my-card/schema.js';
import { updateMyCard } from '../../core/my-card/update-my-card.js';
import { cliIo } from '../io.js';
import { collect, printFields, printJson } from '../output.js';
import { withContext } from '../run.js';
import { cliBaseUrl, defaultBaseUrlHint } from './calendar.js';
import { describeCommand } from './index.js';

function printCard(card: MyCardView): void {
  const shown = new Set<string>(card.shown);
  const mark = (field: CardField) => (shown.has(field) ? '' : ' (not shown)');
  const value = (field: CardField, text: string) => (text ? `${text}${mark(field)}` : null);
  printFields([
    ['Name', card.name],
    ['Title', value('title', card.title)],
    ['Company', value('company', card.company)],
    ['Email', value('email', card.email)],
    ['Phone', value('phone', card.phone)],
    ['Links', value('links', card.links.join(', '))],
    ['Location', value('location', card.location)],
    ['Shown', card.shown.map((field) => CARD_FIELD_LABELS[field].toLowerCase()).join(', ') || 'your name only'],
    ['Link', card.link.enabled ? `on since ${card.link.createdAt?.slice(0, 10)}` : 'off'],
  ]);
}

type ShowFlags = { json?: boolean; vcard?: boolean };

type FieldFlags = {
  name?: string;
  title?: string;
  company?: string;
  email?: string;
  phone?: string;
  link?: string[];
  location?: string;
  show?: string;
  json?: boolean;
};

/** "title,email" → the fields; "none" → none; an unknown name is left for the use-case to refuse. */
function shownFields(list: string): string[] {
  if (list.trim() === 'none') return [];
  return list
    .split(',')
    .map((field) => field.trim())
    .filter(Boolean);
}

/** `kith card …`: your own card, as a vCard for someone else's phone and a link that downloads it. */
export function registerMyCardCommands(program: Command): void {
  // `--json` is the parent's option too, and commander gives it to the parent: read both.
  const showCard = withContext(async ({ deps }, _flags: ShowFlags, command: Command) => {
    const flags = command.optsWithGlobals<ShowFlags>();
    const card = await getMyCard(deps);
    if (flags.json) printJson(card);
    else if (flags.vcard) cliIo().stdout.write(card.vcard);
    else printCard(card);
  });
  const card = program
    .command('card')
    .description(describeCommand('card'))
    .option('--json', 'print JSON')
    .option('--vcard', 'print the vCard (what the QR code in Settings holds)')
    .action(showCard);
  card
    .command('show')
    .description('what is on your card and which fields it shows')
    .option('--json', 'print JSON')
    .option('--vcard', 'print the vCard (what the QR code in Settings holds)')
    .action(showCard);

  card
    .command('fields')
    .description('change what is on your card and which fields it shows (your name always is)')
    .option('--name <name>', 'your name as the card gives it')
    .option('--title <title>', 'your title')
    .option('--company <company>', 'your company')
    .option('--email <email>', 'your email ("" to clear)')
    .option('--phone <phone>', 'your phone number')
    .option('--link <url>', 'a link (repeatable; replaces the links)', collect)
    .option('--no-links', 'remove every link')
    .option('--location <place>', 'where you are based')
    .option(
      '--show <fields>',
      `the fields shown besides your name, comma-separated (${CARD_FIELDS.join(', ')}), or none`,
    )
    .option('--json', 'print JSON')
    .action(
      withContext(async ({ deps }, _flags: FieldFlags, command: Command) => {
        const flags = command.optsWithGlobals<FieldFlags & { links?: boolean }>();
        const input: UpdateMyCardInput = {};
        for (const key of ['name', 'title', 'company', 'email', 'phone', 'location'] as const) {
          if (flags[key] !== undefined) input[key] = flags[key];
        }
        if (flags.link) input.links = flags.link;
        else if (flags.links === false) input.links = [];
        if (flags.show !== undefined) input.shown = shownFields(flags.show) as CardField[];
        const updated = await updateMyCard(deps, input);
        if (flags.json) printJson(updated);
        else printCard(updated);
      }),
    );

  for (const [verb, rotate, description] of [
    ['link', false, 'make the link that downloads your card and print it (shown once; only its hash is kept)'],
    ['rotate', true, 'replace the link with a new one; the old one stops working'],
  ] as const) {
    card
      .command(verb)
      .description(description)
      .option('--json', 'print JSON')
      .action(
        withContext(async ({ deps }, _flags: { json?: boolean }, command: Command) => {
          const flags = command.optsWithGlobals<{ json?: boolean }>();
          const created = await createCardLink(deps, { rotate, baseUrl: cliBaseUrl() });
          if (flags.json) return printJson(created);
          cliIo().stdout.write(`${created.url}\n`);
          cliIo().stderr.write(
            `Whoever has this link can download your card; it will not be shown again.\n${defaultBaseUrlHint()}`,
          );
        }),
      );
  }

  card
    .command('off')
    .description("turn your card's link off; it answers 404")
    .action(
      withContext(async ({ deps }) => {
        await revokeCardLink(deps);
        cliIo().stdout.write('Card link is off\n');
      }),
    );
}
