import { readFileSync, statSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { KithError } from '../../core/errors.js';
import { createItem } from '../../core/items/create-item.js';
import { showItem } from '../../core/items/get-item.js';
import { listItems } from '../../core/items/list-items.js';
import {
  type CreateItemInput,
  type Item,
  type ItemView,
  itemKinds,
  MAX_ITEM_HTML,
  type UpdateItemInput,
} from '../../core/items/schema.js';
import { setItemArchived, updateItem } from '../../core/items/update-item.js';
import { createPageFetcher, fetchOptionsFromEnvironment } from '../../fetch/fetch-page.js';
import { fileErrorText } from '../files.js';
import { requireAChange, wholeNumber } from '../flag-values.js';
import { cliIo } from '../io.js';
import { collect, dayWords, printFields, printJson, printTable } from '../output.js';
import { withContext } from '../run.js';
import { describeCommand } from './index.js';

/** A saved page is HTML; anything else in a file is taken as text. */
function readItemFile(path: string): Pick<CreateItemInput, 'html' | 'text'> {
  let content: string;
  try {
    if (statSync(path).size > MAX_ITEM_HTML) {
      throw new KithError('PAYLOAD_TOO_LARGE', `--file: ${path} is larger than ${MAX_ITEM_HTML} bytes`);
    }
    content = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof KithError) throw error;
    throw new KithError(
      'VALIDATION_FAILED',
      `--file: cannot read ${fileErrorText(error, path) ?? `${path}: ${error}`}`,
    );
  }
  const looksHtml = /\.x?html?$/i.test(path) || /^\s*<(!doctype|html|head|body|article)/i.test(content);
  return looksHtml ? { html: content } : { text: content };
}

const itemColumns = [
  { header: 'ID', value: (item: Item) => item.id, max: 26 },
  { header: 'KIND', value: (item: Item) => item.kind },
  { header: 'TITLE', value: (item: Item) => item.title, max: 50 },
  { header: 'TOPICS', value: (item: Item) => item.topics.join(', '), max: 40 },
];

export function printSentTo(item: ItemView): void {
  for (const share of item.sharedWith) {
    cliIo().stdout.write(`Already sent to ${share.personName} on ${dayWords(share.sharedAt)}\n`);
  }
}

function printItem(item: ItemView): void {
  printFields([
    ['Title', item.title],
    ['Id', item.id],
    ['Kind', item.kind],
    ['URL', item.url],
    ['Company', item.company],
    ['Role', item.role],
    ['Location', item.location],
    ['Topics', item.topics.join(', ')],
    ['Summary', item.summary],
    ['Archived', item.archived ? 'yes' : null],
  ]);
  printSentTo(item);
}

export function registerItemsCommands(program: Command): void {
  const items = program.command('items').description(describeCommand('items'));

  items
    .command('add')
    .description('add an item from a URL, a saved HTML file or pasted text')
    .option('--url <url>', 'fetch this page')
    .option('--file <path>', 'a saved page (.html) or a text file')
    .option('--text <text>', 'the text itself')
    .addOption(new Option('--kind <kind>', 'what it is (guessed from the page when absent)').choices(itemKinds))
    .option('--title <title>', 'title (instead of the extracted one)')
    .option('--company <company>', 'for a job: the company')
    .option('--role <role>', 'for a job: the role')
    .option('--location <location>', 'for a job: where')
    .option('--topic <topic>', 'a topic (repeatable; replaces the extracted ones)', collect)
    .option('--json', 'print the item as JSON')
    .action(
      withContext(async ({ deps }, flags) => {
        const sources = [flags.url, flags.file, flags.text].filter((value) => value !== undefined);
        if (sources.length !== 1) {
          throw new KithError('VALIDATION_FAILED', 'give exactly one of --url, --file or --text');
        }
        const input: CreateItemInput = {
          ...(flags.url !== undefined ? { url: flags.url } : {}),
          ...(flags.file !== undefined ? readItemFile(flags.file) : {}),
          ...(flags.text !== undefined ? { text: flags.text } : {}),
          kind: flags.kind,
          title: flags.title,
          company: flags.company,
          role: flags.role,
          location: flags.location,
          topics: flags.topic,
        };
        const fetchPage = createPageFetcher(fetchOptionsFromEnvironment(cliIo().env));
        const item = await createItem({ ...deps, fetchPage }, input);
        if (flags.json) printJson(item);
        else cliIo().stdout.write(`Added ${item.kind} "${item.title}" (${item.id})\n`);
      }),
    );

  items
    .command('list')
    .description('list items, newest first')
    .addOption(new Option('--kind <kind>', 'only this kind').choices(itemKinds))
    .option('--archived', 'list archived items instead')
    .option('--limit <n>', 'at most this many', wholeNumber, 100)
    .option('--json', 'print an array of items as JSON')
    .action(
      withContext(async ({ deps }, flags) => {
        const page = await listItems(deps, {
          kind: flags.kind,
          archived: flags.archived ? 'only' : 'exclude',
          limit: flags.limit,
        });
        if (flags.json) printJson(page.items);
        else printTable(page.items, itemColumns, 'No items yet. Add one with: kith items add --url https://…');
      }),
    );

  items
    .command('show')
    .description('show one item and who already got it')
    .argument('<item>', 'item id')
    .option('--json', 'print the item as JSON')
    .action(
      withContext(async ({ deps }, id: string, flags: { json?: boolean }) => {
        const item = await showItem(deps, id);
        if (flags.json) printJson(item);
        else printItem(item);
      }),
    );

  items
    .command('edit')
    .description('change an item')
    .argument('<item>', 'item id')
    .addOption(new Option('--kind <kind>', 'what it is').choices(itemKinds))
    .option('--title <title>', 'title')
    .option('--summary <text>', 'summary')
    .option('--company <company>', 'for a job: the company')
    .option('--role <role>', 'for a job: the role')
    .option('--location <location>', 'for a job: where')
    .option('--topic <topic>', 'a topic (repeatable; replaces the topics)', collect)
    .option('--json', 'print the item as JSON')
    .hook('preAction', requireAChange)
    .action(
      withContext(async ({ deps }, id: string, flags) => {
        const patch: UpdateItemInput = {
          kind: flags.kind,
          title: flags.title,
          summary: flags.summary,
          company: flags.company,
          role: flags.role,
          location: flags.location,
          topics: flags.topic,
        };
        const item = await updateItem(deps, id, patch);
        if (flags.json) printJson(item);
        else cliIo().stdout.write(`Updated "${item.title}" (${item.id})\n`);
      }),
    );

  for (const [verb, archived] of [
    ['archive', true],
    ['unarchive', false],
  ] as const) {
    items
      .command(verb)
      .description(archived ? 'archive an item (kept, with its shares, but out of lists)' : 'bring an item back')
      .argument('<item>', 'item id')
      .option('--json', 'print the item as JSON')
      .action(
        withContext(async ({ deps }, id: string, flags: { json?: boolean }) => {
          const item = await setItemArchived(deps, id, archived);
          if (flags.json) printJson(item);
          else cliIo().stdout.write(`${archived ? 'Archived' : 'Unarchived'} "${item.title}" (${item.id})\n`);
        }),
      );
  }
}
