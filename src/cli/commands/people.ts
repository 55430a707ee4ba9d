import { writeFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { KithError } from '../../core/errors.js';
import { listInteractions } from '../../core/interactions/list-interactions.js';
import { createPerson } from '../../core/people/create-person.js';
import { deletePerson } from '../../core/people/delete-person.js';
import { findPeople } from '../../core/people/find-people.js';
import { getPerson } from '../../core/people/get-person.js';
import { resolvePerson } from '../../core/people/resolve-person.js';
import type { AddressEntry, CreatePersonInput, Person, UpdatePersonInput } from '../../core/people/schema.js';
import { addressesOf, formatAddress, phoneDigits, tiers } from '../../core/people/schema.js';
import { setArchived, updatePerson } from '../../core/people/update-person.js';
import { findPhotoInfo, getPersonPhoto } from '../../core/photos/get-person-photo.js';
import { removePersonPhoto } from '../../core/photos/remove-person-photo.js';
import { photoInfo } from '../../core/photos/schema.js';
import { setPersonPhoto } from '../../core/photos/set-person-photo.js';
import type { Deps } from '../../core/repos.js';
import { yearlyDateWords } from '../../core/shared/dates.js';
import { counted } from '../../core/shared/text.js';
import { invalidField } from '../../core/shared/validate.js';
import { listSharesForPerson } from '../../core/shares/list-shares.js';
import { readUserBytes } from '../files.js';
import { requireAChange, wholeNumber } from '../flag-values.js';
import { cliIo } from '../io.js';
import { collect, dayWords, printFields, printJson, printTable, words } from '../output.js';
import { withContext } from '../run.js';
import { describeCommand } from './index.js';

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
  address?: string[];
  clearAddresses?: boolean;
  introducedBy?: string;
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
    .option('--introduced-by <person>', 'who introduced you (id or name; "" clears it)')
    .option('--met-on <date>', 'when you met, YYYY-MM-DD')
    .option('--notes <text>', 'notes (markdown)')
    .option(
      '--address <address>',
      'a postal address: "[label:] street; city; region; postcode; country", empty parts allowed (repeatable)',
      collect,
    );
}

function cadence(value: string | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') return null;
  if (!/^\d+$/.test(value.trim())) throw invalidField('cadenceDays', `must be a whole number of days, not "${value}"`);
  return Number(value);
}

/** MM-DD is accepted on the command line, where --MM-DD would read as a flag. */
function birthday(value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') return null;
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
    metOn: flags.metOn?.trim() === '' ? null : flags.metOn,
    notes: flags.notes,
    family: flags.family,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/**
 * `--address "work: 12 Marina Rd; Lagos; Lagos; 101001; Nigeria"` as a structured address:
 * an optional label before a colon, then street, city, region, postcode and country
 * separated by semicolons (empty parts allowed, missing ones empty). More than five parts
 * is a usage mistake, told with the flag's value.
 */
export function addressFromFlag(value: string): AddressEntry {
  const labelled = value.match(/^\s*([\p{L}\p{N} _-]{1,50}):(?!\/\/)(.*)$/su);
  const rest = labelled ? (labelled[2] ?? '') : value;
  const parts = rest.split(';').map((part) => part.trim() || null);
  if (parts.length > 5) {
    throw new KithError(
      'VALIDATION_FAILED',
      `--address "${value}": at most five parts (street; city; region; postcode; country), found ${parts.length}`,
    );
  }
  const [street = null, city = null, region = null, postcode = null, country = null] = parts;
  if (![street, city, region, postcode, country].some(Boolean)) {
    throw new KithError('VALIDATION_FAILED', `--address "${value}": the address is empty`);
  }
  return { label: labelled?.[1]?.trim() || null, street, city, region, postcode, country };
}

/** --introduced-by as the introducer's id: a name is looked up as everywhere else; "" clears it. */
export async function introducerOf(deps: Deps, flags: PersonFlags): Promise<{ introducedById?: string | null }> {
  if (flags.introducedBy === undefined) return {};
  if (flags.introducedBy.trim() === '') return { introducedById: null };
  return { introducedById: (await resolvePerson(deps, flags.introducedBy)).id };
}

export function personInputFromFlags(displayName: string, flags: PersonFlags): CreatePersonInput {
  return {
    displayName,
    ...scalarFields(flags),
    emails: (flags.email ?? []).map((value) => ({ value, label: null })),
    phones: typedPhones(flags.phone),
    links: (flags.link ?? []).map((url) => ({ url, label: null })),
    tags: flags.tag ?? [],
    topics: flags.topic ?? [],
    offers: flags.offer ?? [],
    needs: flags.need ?? [],
    addresses: (flags.address ?? []).map(addressFromFlag),
  };
}

/** Phone numbers given on the command line (core refuses one without its digits). */
function typedPhones(values: readonly string[] | undefined): { value: string; label: null }[] {
  return (values ?? []).map((value) => ({ value, label: null }));
}

/** `people edit`'s removals: each names a value the person has (any case, a phone in any spacing). */
type RemoveFlags = {
  removeEmail?: string[];
  removePhone?: string[];
  removeLink?: string[];
  removeTag?: string[];
  removeTopic?: string[];
  removeOffer?: string[];
  removeNeed?: string[];
};

/**
 * A list less the values --remove-KIND names, each of which it must hold: compared as
 * `key` reads them (lowercased, or a phone's digits).
 */
function without<T>(
  current: readonly T[],
  remove: readonly string[] | undefined,
  text: (entry: T) => string,
  flag: string,
  key: (value: string) => string = (value) => value.trim().toLowerCase(),
): T[] {
  if (!remove) return [...current];
  const gone = new Set(remove.map(key));
  for (const value of remove) {
    if (!current.some((entry) => key(text(entry)) === key(value))) {
      throw new KithError('VALIDATION_FAILED', `--remove-${flag}: they have no ${flag} "${value}"`);
    }
  }
  return current.filter((entry) => !gone.has(key(text(entry))));
}

function personPatchFromFlags(
  current: Person,
  flags: PersonFlags & RemoveFlags & { name?: string },
): UpdatePersonInput {
  const patch: UpdatePersonInput = scalarFields(flags);
  if (flags.name !== undefined) patch.displayName = flags.name;
  const value = (entry: { value: string }) => entry.value;
  const same = (entry: string) => entry;
  if (flags.email || flags.removeEmail) {
    const kept = without(current.emails, flags.removeEmail, value, 'email');
    patch.emails = [...kept, ...(flags.email ?? []).map((email) => ({ value: email, label: null }))];
  }
  if (flags.phone || flags.removePhone) {
    const kept = without(current.phones, flags.removePhone, value, 'phone', phoneDigits);
    patch.phones = [...kept, ...typedPhones(flags.phone)];
  }
  if (flags.link || flags.removeLink) {
    const kept = without(current.links, flags.removeLink, (link) => link.url, 'link');
    patch.links = [...kept, ...(flags.link ?? []).map((url) => ({ url, label: null }))];
  }
  if (flags.tag || flags.removeTag)
    patch.tags = [...without(current.tags, flags.removeTag, same, 'tag'), ...(flags.tag ?? [])];
  if (flags.topic || flags.removeTopic)
    patch.topics = [...without(current.topics, flags.removeTopic, same, 'topic'), ...(flags.topic ?? [])];
  if (flags.offer || flags.removeOffer)
    patch.offers = [...without(current.offers, flags.removeOffer, same, 'offer'), ...(flags.offer ?? [])];
  if (flags.need || flags.removeNeed)
    patch.needs = [...without(current.needs, flags.removeNeed, same, 'need'), ...(flags.need ?? [])];
  if (flags.address || flags.clearAddresses) {
    const kept = flags.clearAddresses ? [] : addressesOf(current);
    patch.addresses = [...kept, ...(flags.address ?? []).map(addressFromFlag)];
  }
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

/** One person's fields; `introducer` is the name of whoever introduced them, when they were. */
export function printPerson(person: Person, introducer?: string | null): void {
  printFields([
    ['Name', person.displayName],
    ['Id', person.id],
    ['Nickname', person.nickname],
    ['Title', person.title],
    ['Company', person.company],
    ['Industry', person.industry],
    ['Location', person.location],
    ['Tier', person.tier + (person.cadenceDays ? ` (every ${counted(person.cadenceDays, 'day')})` : '')],
    ['Family', person.family ? 'yes' : null],
    ['Emails', person.emails.map((e) => e.value).join(', ')],
    ['Phones', person.phones.map((p) => p.value).join(', ')],
    ['Links', person.links.map((l) => l.url).join(', ')],
    ['Addresses', addressesOf(person).map(formatAddress).join('; ')],
    ['Birthday', person.birthday ? yearlyDateWords(person.birthday) : null],
    ['Tags', person.tags.join(', ')],
    ['Topics', person.topics.join(', ')],
    ['Offers', person.offers.join('; ')],
    ['Needs', person.needs.join('; ')],
    // With how you met, as that is what an introduction is (and a label as long as this would widen every other).
    ['How met', [person.howMet, introducer && `introduced by ${introducer}`].filter(Boolean).join('; ')],
    ['Met on', person.metOn ? yearlyDateWords(person.metOn) : null],
    ['Archived', person.archived ? 'yes' : null],
    ['Notes', person.notes],
  ]);
}

export function registerPeopleCommands(program: Command): void {
  const people = program.command('people').description(describeCommand('people'));

  addPersonFlags(people.command('add').description('add a person').argument('<name>', 'display name'))
    .option('--json', 'print the created person as JSON')
    .action(
      withContext(async ({ deps }, name: string, flags: PersonFlags & { json?: boolean }) => {
        const person = await createPerson(deps, {
          ...personInputFromFlags(name, flags),
          ...(await introducerOf(deps, flags)),
        });
        if (flags.json) printJson(person);
        else cliIo().stdout.write(`Added ${person.displayName} (${person.id})\n`);
      }),
    );

  people
    .command('list')
    .description('list people, optionally filtered or searched')
    .addOption(new Option('--tier <tier>', 'only this tier').choices(tiers))
    .option('--tag <tag>', 'only people with this tag')
    .option('--topic <topic>', 'only people interested in this topic')
    .option('--company <text>', 'only people whose company name holds this text ("acme" finds Acme Robotics)')
    .option('--search <query>', 'full-text search over names, company, title, emails, tags, topics and notes')
    .option('--archived', 'list archived people instead')
    .option('--limit <n>', 'at most this many', wholeNumber, 1000)
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
          limit: flags.limit,
        });
        if (flags.json) printJson(found);
        else {
          const filtered = flags.search || flags.tier || flags.tag || flags.topic || flags.company;
          printTable(
            found,
            personColumns,
            flags.archived
              ? 'No archived person matches.'
              : filtered
                ? 'No one matches (archived people are left out: --archived lists them).'
                : 'No people yet. Add one with: kith people add "Ada Okafor"',
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
        const introducer = person.introducedById ? await getPerson(deps, person.introducedById) : null;
        printPerson(person, introducer?.displayName);
        const [last] = await listInteractions(deps, { personId: person.id, limit: 1 });
        if (last) {
          const about = last.summary ? `: ${last.summary}` : '';
          cliIo().stdout.write(`Last contact: ${words(last.kind)} on ${dayWords(last.occurredAt)}${about}\n`);
        }
        const photo = await findPhotoInfo(deps, person.id);
        if (photo) {
          cliIo().stdout.write(
            `Photo: ${photo.kind === 'link' ? `${photo.url} (a link, not fetched)` : `${photo.width}x${photo.height} ${photo.contentType}`}\n`,
          );
        }
        // What you already sent them, so nothing goes out twice.
        for (const share of await listSharesForPerson(deps, person.id)) {
          cliIo().stdout.write(`Already sent: ${share.itemTitle} on ${dayWords(share.sharedAt)}\n`);
        }
      }),
    );

  addPersonFlags(
    people
      .command('edit')
      .description(
        'change a person; list flags (--email, --tag, …) add to what is there and --remove-… flags take away; an empty value ("") clears a field',
      )
      .argument('<person>', 'id or name'),
  )
    .option('--name <name>', 'new display name')
    .option('--clear-addresses', 'remove their postal addresses (before adding any --address)')
    .option('--remove-email <email>', 'remove an email address they have (repeatable)', collect)
    .option('--remove-phone <phone>', 'remove a phone number they have (repeatable)', collect)
    .option('--remove-link <url>', 'remove a link they have (repeatable)', collect)
    .option('--remove-tag <tag>', 'remove a tag (repeatable)', collect)
    .option('--remove-topic <topic>', 'remove an interest (repeatable)', collect)
    .option('--remove-offer <offer>', 'remove something they can help with (repeatable)', collect)
    .option('--remove-need <need>', 'remove something they are looking for (repeatable)', collect)
    .option('--json', 'print the updated person as JSON')
    .hook('preAction', requireAChange)
    .action(
      withContext(
        async ({ deps }, idOrName: string, flags: PersonFlags & RemoveFlags & { name?: string; json?: boolean }) => {
          const current = await resolvePerson(deps, idOrName);
          const patch = { ...personPatchFromFlags(current, flags), ...(await introducerOf(deps, flags)) };
          const person = await updatePerson(deps, current.id, patch);
          if (flags.json) printJson(person);
          else cliIo().stdout.write(`Updated ${person.displayName} (${person.id})\n`);
        },
      ),
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
          else cliIo().stdout.write(`${archived ? 'Archived' : 'Unarchived'} ${person.displayName} (${person.id})\n`);
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
        else cliIo().stdout.write(`Deleted ${person.displayName} (${person.id})\n`);
      }),
    );

  people
    .command('photo')
    .description("set, replace, save or remove a person's photo (stored resized to at most 512 px)")
    .argument('<person>', 'id or name')
    .argument('[file]', 'a picture (JPEG, PNG, WebP, GIF, AVIF or TIFF, at most 10 MiB) to set as their photo')
    .option('--remove', 'remove their photo')
    .option('--out <file>', 'save their photo to this file')
    .option('--json', 'print the photo (type, size, version) as JSON')
    .action(
      withContext(
        async (
          { deps },
          idOrName: string,
          file: string | undefined,
          flags: { remove?: boolean; out?: string; json?: boolean },
        ) => {
          if ([file, flags.remove, flags.out].filter(Boolean).length > 1) {
            throw new KithError('VALIDATION_FAILED', 'Give a file to set, --remove or --out, only one of them');
          }
          const person = await resolvePerson(deps, idOrName);
          if (flags.remove) {
            await removePersonPhoto(deps, person.id);
            cliIo().stdout.write(`Removed the photo of ${person.displayName}\n`);
            return;
          }
          if (file) {
            const info = await setPersonPhoto(deps, person.id, readUserBytes(file));
            if (flags.json) printJson(info);
            else cliIo().stdout.write(`Set the photo of ${person.displayName}: ${info.width}x${info.height} JPEG\n`);
            return;
          }
          const photo = await getPersonPhoto(deps, person.id);
          if (flags.out) {
            if (photo.kind === 'link') {
              throw new KithError(
                'PHOTO_NOT_FOUND',
                `${person.displayName}'s photo is a link kith does not fetch: ${photo.url}`,
              );
            }
            writeFileSync(flags.out, Buffer.from(photo.data, 'base64'));
            cliIo().stdout.write(`Saved the photo of ${person.displayName} to ${flags.out}\n`);
            return;
          }
          const info = photoInfo(photo);
          if (flags.json) printJson(info);
          else if (info.kind === 'link') cliIo().stdout.write(`${person.displayName}'s photo is a link: ${info.url}\n`);
          else
            cliIo().stdout.write(`${person.displayName}'s photo: ${info.width}x${info.height} ${info.contentType}\n`);
        },
      ),
    );
}
