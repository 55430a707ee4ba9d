import type { PhotoSource } from '../../formats/photo.js';
import { textChunks } from '../../formats/text-stream.js';
import { isKithError, KithError } from '../errors.js';
import { insertOccasions, newOccasions } from '../occasions/card-occasions.js';
import type { OccasionValues } from '../occasions/schema.js';
import { changedBy, combinePeople, scalarFields } from '../people/combine-people.js';
import { personIndexing } from '../people/indexing.js';
import type { PersonKeyKind } from '../people/repo.js';
import type { Person } from '../people/schema.js';
import type { PersonPhoto } from '../photos/schema.js';
import { preparePhoto, storePhoto } from '../photos/set-person-photo.js';
import type { Deps, OwnerRepos } from '../repos.js';
import type { PhoneRegion } from '../settings/schema.js';
import { inThisThread } from '../shared/off-thread.js';
import { foldText } from '../shared/text.js';
import { parseInput } from '../shared/validate.js';
import { type FieldChange, likelyDuplicates, PREVIEW_PEOPLE, personChanges } from './preview.js';
import { type ImportContactsInput, type ImportProgress, type ImportSummary, importContactsSchema } from './schema.js';
import type { Incoming, ValidatedBatch } from './validate-records.js';

/**
 * A person this import has already met in the file: rows after it with one of its keys
 * are the same person. `state` says how its first row was counted.
 */
type Slot = { id: string; line: number; state: 'created' | 'updated' | 'unchanged' };

/** What one import has seen and counted so far, across batches. */
type ImportState = {
  now: Date;
  /** Whether the owner had people before the import: else none can match a row, or be a likely duplicate. */
  hadPeople: boolean;
  region: PhoneRegion;
  records: number;
  created: number;
  updated: number;
  /** By line: a row counted as "already up to date" stops being a skip if a later row changes its person. */
  skips: Map<number, string>;
  slots: Map<string, Slot>;
  unreadable: { line: number; reason: string }[];
  warnings: { line: number; message: string }[];
  /** People given a photo by this import: a later row for them brings none. */
  photographed: Set<string>;
  /** The first PREVIEW_PEOPLE people created, by id, as they end up: listed in the summary. */
  createdShown: Map<string, { line: number; person: Person }>;
  /** Every person created, to tell them from stored people when looking for likely duplicates. */
  createdIds: Set<string>;
  /** The first PREVIEW_PEOPLE people updated: as stored before the import, and as they end up. */
  updatedShown: Map<string, { line: number; before: Person; after: Person }>;
  /** The occasions of each person a card with occasions was matched to: stored, and added by this import. */
  occasions: Map<string, OccasionValues[]>;
  /** The occasions this import adds to people it updates, by person (the summary lists them). */
  occasionsAdded: Map<string, OccasionValues[]>;
};

/** Notes a person's new version for the summary's lists, and reads it back for later rows (a dry run writes nothing). */
function track(state: ImportState, line: number, before: Person | undefined, after: Person): void {
  const created = state.createdShown.get(after.id);
  if (created) {
    created.person = after;
    return;
  }
  const updated = state.updatedShown.get(after.id);
  if (updated) updated.after = after;
  else if (before && !state.createdIds.has(after.id) && state.updatedShown.size < PREVIEW_PEOPLE) {
    state.updatedShown.set(after.id, { line, before, after });
  }
}

function tracked(state: ImportState, id: string): Person | undefined {
  return state.createdShown.get(id)?.person ?? state.updatedShown.get(id)?.after;
}

/** The occasions an import adds to a stored person, as a change of the summary: "anniversary 2010-06-12". */
function occasionChanges(added: readonly OccasionValues[] | undefined): FieldChange[] {
  if (!added?.length) return [];
  return [{ field: 'important dates', values: added.map((occasion) => `${occasion.label} ${occasion.date}`) }];
}

/** Unreadable records named in the error's message; the details list them all. */
const UNREADABLE_NAMED = 5;

/** The error for a file with unreadable records, when the user has not chosen to skip them. */
function unreadableError(unreadable: { line: number; reason: string }[]): KithError {
  const count = unreadable.length;
  const named = unreadable.slice(0, UNREADABLE_NAMED).map((entry) => entry.reason);
  const more = count > UNREADABLE_NAMED ? `; and ${count - UNREADABLE_NAMED} more` : '';
  return new KithError(
    'IMPORT_FAILED',
    `${count === 1 ? '1 record cannot be read' : `${count} records cannot be read`}, so nothing was imported ` +
      `(skip unreadable records to import the others): ${named.join('; ')}${more}`,
    { line: unreadable[0]?.line, unreadable },
  );
}

function splitKey(key: string): { kind: PersonKeyKind; key: string } {
  const colon = key.indexOf(':');
  return { kind: key.slice(0, colon) as PersonKeyKind, key: key.slice(colon + 1) };
}

function slotOf(entry: Incoming, slots: ReadonlyMap<string, Slot>): Slot | undefined {
  for (const key of entry.keys) {
    const slot = slots.get(key);
    if (slot) return slot;
  }
  return entry.kithId ? slots.get(`id:${entry.kithId}`) : undefined;
}

/** Whether `stored` already holds all of `row`: no field of it differs (ignoring case and accents), and it adds nothing. */
function holdsRow(stored: Person, row: Person, combine: (target: Person, source: Person) => Person): boolean {
  // Each field the row gives, its notes too, is the stored person's (ignoring case and accents).
  const agree = [...scalarFields, 'notes' as const].every((field) => {
    const value = row[field];
    return value === null || value === '' || foldText(String(value)) === foldText(String(stored[field] ?? ''));
  });
  return agree && !changedBy(stored, combine(stored, row));
}

/**
 * One batch of validated records (`deps.offThread.readValidated`) matched (earlier rows of the file first, then people
 * already stored, by kith id, email, LinkedIn URL or E.164 phone through the indexed value
 * keys), then written. Earlier batches are already written in the same transaction, so a
 * lookup sees them.
 */
async function importBatch(
  repos: OwnerRepos,
  batch: ValidatedBatch,
  state: ImportState,
  dryRun: boolean,
): Promise<void> {
  state.records += batch.records;
  for (const [line, reason] of batch.skips) state.skips.set(line, reason);
  for (const [line, reason] of batch.unreadable) state.unreadable.push({ line, reason });
  for (const [line, message] of batch.warnings) state.warnings.push({ line, message });
  const { incoming } = batch;
  const combine = (target: Person, source: Person) =>
    combinePeople(target, source, { joinNotes: false, phoneRegion: state.region });

  // Rows not already tied to a person of this file are looked up by their keys among the
  // people stored before the import, if there were any (the file's own are in the slots).
  const wanted = new Set<string>();
  const keysByKind = new Map<PersonKeyKind, Set<string>>();
  const kithIds: string[] = [];
  for (const entry of incoming) {
    const slot = slotOf(entry, state.slots);
    if (slot) {
      wanted.add(slot.id);
      continue;
    }
    if (!state.hadPeople) continue;
    if (entry.kithId) kithIds.push(entry.kithId);
    for (const { kind, key } of entry.keys.map(splitKey)) {
      const keys = keysByKind.get(kind) ?? new Set<string>();
      keys.add(key);
      keysByKind.set(kind, keys);
    }
  }
  const owners = new Map<string, string>();
  for (const [kind, keys] of keysByKind) {
    const found = await repos.people.findByValues(kind, [...keys]);
    for (const [key, ids] of found) {
      if (ids[0]) {
        owners.set(`${kind}:${key}`, ids[0]);
        wanted.add(ids[0]);
      }
    }
  }
  for (const id of kithIds) wanted.add(id);
  const loaded = new Map((await repos.people.getMany([...wanted])).map((person) => [person.id, person]));

  const created = new Map<string, Person>();
  const changed = new Map<string, Person>();
  const at = state.now.toISOString();
  const current = async (id: string) =>
    created.get(id) ?? changed.get(id) ?? tracked(state, id) ?? loaded.get(id) ?? (await repos.people.get(id));
  // A row's keys point later rows at its person (as the file's rows, not the stored person's
  // other values, say who is the same person), and so does a stored person's id (kith's
  // vCards carry it; a person this import creates has an id no row of the file can know).
  const register = (entry: Incoming, slot: Slot) => {
    for (const key of entry.keys) if (!state.slots.has(key)) state.slots.set(key, slot);
    if (slot.state !== 'created' && !state.slots.has(`id:${slot.id}`)) state.slots.set(`id:${slot.id}`, slot);
  };

  // Photos to write, by person: a new person's, or one for someone who has none (fill, never overwrite).
  const photos: { personId: string; line: number; source: PhotoSource }[] = [];
  const takePhoto = async (entry: Incoming, personId: string, isNew: boolean) => {
    if (!entry.photo || state.photographed.has(personId)) return;
    if (!isNew && (await repos.photos.get(personId))) return;
    state.photographed.add(personId);
    photos.push({ personId, line: entry.line, source: entry.photo });
  };

  // A row with nothing to match it by (no email, profile link, phone or kith id) is a stored
  // person's when it has their name and nothing they lack or hold otherwise: a Google CSV
  // exported from kith and imported again brings back the same people, not copies of them.
  const storedTwin = async (entry: Incoming): Promise<string | undefined> => {
    if (!state.hadPeople || entry.keys.length > 0 || entry.kithId) return undefined;
    for (const stored of await repos.people.findByName(entry.person.displayName)) {
      // Each stored person stands for one row, and a person this import created for none.
      if (state.slots.has(`id:${stored.id}`) || state.createdIds.has(stored.id)) continue;
      if (holdsRow((await current(stored.id)) ?? stored, entry.person, combine)) return stored.id;
    }
    return undefined;
  };

  // Occasions are added, never removed or repeated: one with the label and date of one the person has is theirs already.
  const occasions: { personId: string; added: OccasionValues[] }[] = [];
  const takeOccasions = async (entry: Incoming, personId: string): Promise<boolean> => {
    if (entry.occasions.length === 0) return false;
    let held = state.occasions.get(personId);
    if (!held) {
      held = state.createdIds.has(personId) ? [] : await repos.occasions.listForPerson(personId);
      state.occasions.set(personId, held);
    }
    const added = newOccasions(held, entry.occasions);
    if (added.length === 0) return false;
    held.push(...added);
    occasions.push({ personId, added });
    if (!state.createdIds.has(personId)) {
      state.occasionsAdded.set(personId, [...(state.occasionsAdded.get(personId) ?? []), ...added]);
    }
    return true;
  };

  for (const entry of incoming) {
    const slot = slotOf(entry, state.slots);
    if (slot) {
      await takePhoto(entry, slot.id, created.has(slot.id));
      // The same person twice in one file (same email, profile URL or phone) is one person.
      state.skips.set(entry.line, `same person as line ${slot.line}`);
      register(entry, slot);
      const addsOccasions = await takeOccasions(entry, slot.id);
      const target = await current(slot.id);
      if (!target) continue;
      const combined = combine(target, entry.person);
      const changesPerson = changedBy(target, combined);
      if (!changesPerson && !addsOccasions) continue;
      // A row that adds only an occasion leaves the person as they were.
      if (changesPerson && created.has(slot.id)) created.set(slot.id, combined);
      else if (changesPerson) changed.set(slot.id, { ...combined, updatedAt: at });
      track(state, slot.line, target, changesPerson ? combined : target);
      if (slot.state === 'unchanged') {
        slot.state = 'updated';
        state.updated += 1;
        state.skips.delete(slot.line);
      }
      continue;
    }
    const kithId = entry.kithId && loaded.has(entry.kithId) ? entry.kithId : undefined;
    const keyed = kithId ?? entry.keys.map((key) => owners.get(key)).find((owner) => owner !== undefined);
    const id = keyed ?? (await storedTwin(entry));
    const existing = id ? await current(id) : undefined;
    await takePhoto(entry, existing?.id ?? entry.person.id, !existing);
    if (!existing) {
      created.set(entry.person.id, entry.person);
      state.created += 1;
      state.createdIds.add(entry.person.id);
      await takeOccasions(entry, entry.person.id);
      if (state.createdShown.size < PREVIEW_PEOPLE) {
        state.createdShown.set(entry.person.id, { line: entry.line, person: entry.person });
      }
      register(entry, { id: entry.person.id, line: entry.line, state: 'created' });
      continue;
    }
    const combined = combine(existing, entry.person);
    const next: Slot = { id: existing.id, line: entry.line, state: 'unchanged' };
    const addsOccasions = await takeOccasions(entry, existing.id);
    const changesPerson = changedBy(existing, combined);
    if (changesPerson || addsOccasions) {
      if (changesPerson) changed.set(existing.id, { ...combined, updatedAt: at });
      track(state, entry.line, existing, changesPerson ? combined : existing);
      next.state = 'updated';
      state.updated += 1;
    } else {
      // Taken by name alone, it says so: a namesake with nothing else on the row would read the same.
      const byName = keyed === undefined ? ', by name: the row has no email, phone or link' : '';
      state.skips.set(entry.line, `${existing.displayName} is already up to date${byName}`);
    }
    register(entry, next);
  }

  // A photo that is too large or not a picture is left out with a warning; the person is imported.
  const ready: PersonPhoto[] = [];
  for (const { personId, line, source } of photos) {
    try {
      ready.push(await preparePhoto(personId, source, state.now));
    } catch (error) {
      if (!isKithError(error)) throw error;
      state.warnings.push({ line, message: `photo left out: ${error.message}` });
    }
  }
  if (dryRun) return;
  if (created.size > 0) {
    const people = [...created.values()];
    // A person as one row gave them was indexed with its validation; one combined from several rows is indexed here.
    const indexed = new Map(incoming.map((entry) => [entry.person, entry.indexing]));
    const entries = people.map((person) => indexed.get(person) ?? personIndexing(person, state.region));
    await repos.people.insert(people, { region: state.region, entries });
  }
  for (const person of changed.values()) await repos.people.save(person);
  for (const photo of ready) await storePhoto(repos, photo);
  for (const { personId, added } of occasions) await insertOccasions(repos, personId, added, state.now);
  // A stored person's card now carries the new dates: a phone is to fetch it again.
  await repos.people.markCardsChanged(
    occasions.map((entry) => entry.personId).filter((id) => !state.createdIds.has(id)),
  );
}

/**
 * Imports a LinkedIn, Google or vCard file in one transaction, reading it as it streams
 * in and writing a batch of rows at a time. A person already in kith with the same email,
 * LinkedIn profile URL or phone is updated (empty fields filled, new values added, nothing
 * overwritten); the same person twice in the file is one person; importing the same file
 * again changes nothing. A malformed file fails with its line number and the transaction
 * rolls back, so nothing is imported. A dry run matches and counts the same way but
 * writes nothing and takes no write lock, so it runs beside a server that writes: rows
 * of the file are tied to earlier rows by their keys, not by what was written.
 */
export async function importContacts(
  deps: Deps,
  input: ImportContactsInput,
  onProgress?: ImportProgress,
): Promise<ImportSummary> {
  const offThread = deps.offThread ?? inThisThread;
  const { format, text, chunks, dryRun, skipUnreadable } = parseInput(importContactsSchema, input);
  const source = chunks ?? textChunks(text ?? '');
  const run = dryRun ? (fn: (repos: OwnerRepos) => Promise<ImportSummary>) => fn(deps.repos) : deps.repos.transaction;
  return run(async (repos) => {
    const { phoneRegion } = await repos.settings.get();
    const state: ImportState = {
      now: deps.now(),
      hadPeople: (await repos.people.count()) > 0,
      region: phoneRegion,
      records: 0,
      created: 0,
      updated: 0,
      skips: new Map(),
      slots: new Map(),
      unreadable: [],
      warnings: [],
      photographed: new Set(),
      createdShown: new Map(),
      createdIds: new Set(),
      updatedShown: new Map(),
      occasions: new Map(),
      occasionsAdded: new Map(),
    };
    const context = { now: state.now, region: state.region };
    const readAll = async () => {
      for await (const batch of offThread.readValidated(format, source, context)) {
        await importBatch(repos, batch, state, dryRun);
        onProgress?.(state.records);
      }
    };
    await (dryRun ? readAll() : repos.people.bulkLoad(readAll));
    if (state.unreadable.length > 0 && !skipUnreadable) throw unreadableError(state.unreadable);
    for (const { line, reason } of state.unreadable) state.skips.set(line, reason);
    const skippedRows = [...state.skips].map(([line, reason]) => ({ line, reason })).sort((a, b) => a.line - b.line);
    const shown = [...state.createdShown.values()];
    const stored =
      shown.length > 0 && state.hadPeople
        ? (await repos.people.all()).filter((person) => !state.createdIds.has(person.id))
        : [];
    const duplicates = likelyDuplicates(
      shown.map((entry) => entry.person),
      stored,
      phoneRegion,
    );
    const summary: ImportSummary = {
      format,
      dryRun,
      // Every record of the file, the unreadable ones skipped too: created, updated and skipped add up to it.
      records: state.records + state.unreadable.length,
      created: state.created,
      updated: state.updated,
      skipped: skippedRows.length,
      skippedRows,
      unreadable: state.unreadable,
      warnings: state.warnings,
      people: {
        created: shown.map(({ line, person }) => ({
          line,
          id: dryRun ? null : person.id,
          displayName: person.displayName,
          title: person.title,
          company: person.company,
          likelyDuplicate: duplicates.get(person.id) ?? null,
        })),
        updated: [...state.updatedShown.entries()].map(([id, { line, before, after }]) => ({
          line,
          id,
          displayName: after.displayName,
          changes: [...personChanges(before, after), ...occasionChanges(state.occasionsAdded.get(id))],
        })),
      },
    };
    return summary;
  });
}
