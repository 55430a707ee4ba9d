import { type Command, Option } from 'commander';
import { createPerson } from '../../core/people/create-person.js';
import { deletePerson } from '../../core/people/delete-person.js';
import { findPeople } from '../../core/people/find-people.js';
import { resolvePerson } from '../../core/people/resolve-person.js';
import type { CreatePersonInput, Person, UpdatePersonInput } from '../../core/people/schema.js';
import { addressesOf, formatAddress, tiers } from '../../core/people/schema.js';
import { setArchived, updatePerson } from '../../core/people/update-person.js';
import { listSharesForPerson } from '../../core/shares/list-shares.js';
import { collect, printFields, printJson, printTable } from '../output.js';
import { withContext } from '../run.js';

export type PersonFlags = {
  email?: string[];
  phone?: string[];
  link?: string[];
  company?: string;
  title?: string;
  industry?: string;
  location?: string;
  nickname?: string;
  tier?: string;
  cadence?: string;
  tag?: string[];
  topic?: string[];
  offer?: string[];
  need?: string[];
  birthday?: string;
  howMet?: string;
  metOn?: string;
  notes?: string;
  family?: boolean;
};

/** The person flags shared by `people add`, `people edit` and `events met`. */
export function addPersonFlags(command: Command): Command {
  return command
    .option('--email <email>', 'an email address (repeatable)', collect)
    .option('--phone <phone>', 'a phone number (repeatable)', collect)
    .option('--link <url>', 'a profile or website URL (repeatable)', collect)
    .option('--company <company>', 'company')
    .option('--title <title>', 'job title')
    .option('--industry <industry>', 'industry')
    .option('--location <location>', 'city or region')
    .option('--nickname <nickname>', 'nickname')
    .addOption(new Option('--tier <tier>', 'closeness').choices(tiers))
    .option('--cadence <days>', 'keep in touch every N days (overrides the tier)')
    .option('--family', 'a relative: friends come due before family at the same tier')
    .option('--no-family', 'not a relative (a friend or colleague)')
    .option('--tag <tag>', 'a tag (repeatable)', collect)
    .option('--topic <topic>', 'an interest (repeatable)', collect)
    .option('--offer <offer>', 'something they can help with (repeatable)', collect)
    .option('--need <need>', 'something they are looking for (repeatable)', collect)
    .option('--birthday <date>', 'YYYY-MM-DD, or MM-DD when the year is unknown')
    .option('--how-met <text>', 'how you met')
    .option('--met-on <date>', 'when you met, YYYY-MM-DD')
    .option('--notes <text>', 'notes (markdown)');
}

function cadence(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  return /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

/** MM-DD is accepted on the command line, where --MM-DD would read as a flag. */
function birthday(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return /^\d{2}-\d{2}$/.test(value) ? `--${value}` : value;
}

/** Flags → the fields they set; list flags are left to the caller (add replaces, edit appends). */
function scalarFields(flags: PersonFlags): UpdatePersonInput {
  const fields: UpdatePersonInput = {
    company: flags.company,
    title: flags.title,
    industry: flags.industry,
    location: flags.location,
    nickname: flags.nickname,
    tier: flags.tier as UpdatePersonInput['tier'],
    cadenceDays: cadence(flags.cadence),
    birthday: birthday(flags.birthday),
    howMet: flags.howMet,
    metOn: flags.metOn,
    notes: flags.notes,
    family: flags.family,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

export function personInputFromFlags(displayName: string, flags: PersonFlags): CreatePersonInput {
  return {
    displayName,
    ...scalarFields(flags),
    emails: (flags.email ?? []).map((value) => ({ value, label: null })),
    phones: (flags.phone ?? []).map((value) => ({ value, label: null })),
    links: (flags.link ?? []).map((url) => ({ url, label: null })),
    tags: flags.tag ?? [],
    topics: flags.topic ?? [],
    offers: flags.offer ?? [],
    needs: flags.need ?? [],
  };
}

function personPatchFromFlags(current: Person, flags: PersonFlags & { name?: string }): UpdatePersonInput {
  const patch: UpdatePersonInput = scalarFields(flags);
  if (flags.name) patch.displayName = flags.name;
  if (flags.email) patch.emails = [...current.emails, ...flags.email.map((value) => ({ value, label: null }))];
  if (flags.phone) patch.phones = [...current.phones, ...flags.phone.map((value) => ({ value, label: null }))];
  if (flags.link) patch.links = [...current.links, ...flags.link.map((url) => ({ url, label: null }))];
  if (flags.tag) patch.tags = [...current.tags, ...flags.tag];
  if (flags.topic) patch.topics = [...current.topics, ...flags.topic];
  if (flags.offer) patch.offers = [...current.offers, ...flags.offer];
  if (flags.need) patch.needs = [...current.needs, ...flags.need];
  return patch;
}

const personColumns = [
  { header: 'ID', value: (p: Person) => p.id, max: 26 },
  { header: 'NAME', value: (p: Person) => p.displayName, max: 30 },
  { header: 'TIER', value: (p: Person) => p.tier },
  { header: 'COMPANY', value: (p: Person) => p.company, max: 25 },
  { header: 'TITLE', value: (p: Person) => p.title, max: 30 },
  { header: 'EMAIL', value: (p: Person) => p.emails[0]?.value, max: 32 },
];

export function printPerson(person: Person): void {
  printFields([
    ['Name', person.displayName],
    ['Id', person.id],
    ['Nickname', person.nickname],
    ['Title', person.title],
    ['Company', person.company],
    ['Industry', person.industry],
    ['Location', person.location],
    ['Tier', person.tier + (person.cadenceDays ? ` (every ${person.cadenceDays} days)` : '')],
    ['Family', person.family ? 'yes' : null],
    ['Emails', person.emails.map((e) => e.value).join(', ')],
    ['Phones', person.phones.map((p) => p.value).join(', ')],
    ['Links', person.links.map((l) => l.url).join(', ')],
    ['Addresses', addressesOf(person).map(formatAddress).join('; ')],
    ['Birthday', person.birthday],
    ['Tags', person.tags.join(', ')],
    ['Topics', person.topics.join(', ')],
    ['Offers', person.offers.join('; ')],
    ['Needs', person.needs.join('; ')],
    ['How met', person.howMet],
    ['Met on', person.metOn],
    ['Archived', person.archived ? 'yes' : null],
    ['Notes', person.notes],
  ]);
}

export function registerPeopleCommands(program: Command): void {
  const people = program.command('people').description('add, find and edit the people in your network');

  addPersonFlags(people.command('add').description('add a person').argument('<name>', 'display name'))
    .option('--json', 'print the created person as JSON')
    .action(
      withContext(async ({ deps }, name: string, flags: PersonFlags & { json?: boolean }) => {
        const person = await createPerson(deps, personInputFromFlags(name, flags));
        if (flags.json) printJson(person);
        else process.stdout.write(`Added ${person.displayName} (${person.id})\n`);
      }),
    );

  people
    .command('list')
    .description('list people, optionally filtered or searched')
    .addOption(new Option('--tier <tier>', 'only this tier').choices(tiers))
    .option('--tag <tag>', 'only people with this tag')
    .option('--topic <topic>', 'only people interested in this topic')
    .option('--company <company>', 'only people at this company')
    .option('--search <query>', 'full-text search over names, company, title, emails, tags, topics and notes')
    .option('--archived', 'list archived people instead')
    .option('--limit <n>', 'at most this many', '1000')
    .option('--json', 'print an array of people as JSON')
    .action(
      withContext(async ({ deps }, flags) => {
        const { items: found } = await findPeople(deps, {
          q: flags.search,
          tier: flags.tier,
          tag: flags.tag,
          topic: flags.topic,
          company: flags.company,
          archived: flags.archived ? 'only' : 'exclude',
          limit: Number(flags.limit),
        });
        if (flags.json) printJson(found);
        else {
          const filtered = flags.search || flags.tier || flags.tag || flags.topic || flags.company || flags.archived;
          printTable(
            found,
            personColumns,
            filtered ? 'No one matches.' : 'No people yet. Add one with: kith people add "Ada Okafor"',
          );
        }
      }),
    );

  people
    .command('show')
    .description('show one person')
    .argument('<person>', 'id or name')
    .option('--json', 'print the person as JSON')
    .action(
      withContext(async ({ deps }, idOrName: string, flags: { json?: boolean }) => {
        const person = await resolvePerson(deps, idOrName);
        if (flags.json) {
          printJson(person);
          return;
        }
        printPerson(person);
        // What you already sent them, so nothing goes out twice.
        for (const share of await listSharesForPerson(deps, person.id)) {
          process.stdout.write(`Already sent: ${share.itemTitle} on ${share.sharedAt.slice(0, 10)}\n`);
        }
      }),
    );

  addPersonFlags(
    people
      .command('edit')
      .description('change a person; list flags (--email, --tag, …) add to what is there')
      .argument('<person>', 'id or name'),
  )
    .option('--name <name>', 'new display name')
    .option('--json', 'print the updated person as JSON')
    .action(
      withContext(async ({ deps }, idOrName: string, flags: PersonFlags & { name?: string; json?: boolean }) => {
        const current = await resolvePerson(deps, idOrName);
        const person = await updatePerson(deps, current.id, personPatchFromFlags(current, flags));
        if (flags.json) printJson(person);
        else process.stdout.write(`Updated ${person.displayName} (${person.id})\n`);
      }),
    );

  for (const [verb, archived] of [
    ['archive', true],
    ['unarchive', false],
  ] as const) {
    people
      .command(verb)
      .description(
        archived ? 'archive a person (kept, but out of lists and reminders)' : 'bring an archived person back',
      )
      .argument('<person>', 'id or name')
      .option('--json', 'print the person as JSON')
      .action(
        withContext(async ({ deps }, idOrName: string, flags: { json?: boolean }) => {
          const person = await setArchived(deps, (await resolvePerson(deps, idOrName)).id, archived);
          if (flags.json) printJson(person);
          else process.stdout.write(`${archived ? 'Archived' : 'Unarchived'} ${person.displayName} (${person.id})\n`);
        }),
      );
  }

  people
    .command('rm')
    .description('delete a person for good')
    .argument('<person>', 'id or name')
    .option('--json', 'print the deleted person as JSON')
    .action(
      withContext(async ({ deps }, idOrName: string, flags: { json?: boolean }) => {
        const person = await deletePerson(deps, (await resolvePerson(deps, idOrName)).id);
        if (flags.json) printJson(person);
        else process.stdout.write(`Deleted ${person.displayName} (${person.id})\n`);
      }),
    );
}
