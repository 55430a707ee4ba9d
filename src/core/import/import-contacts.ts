import type { ContactRecord } from '../../formats/contact-record.js';
import { parseContacts } from '../../formats/contacts.js';
import { isKithError } from '../errors.js';
import { changedBy, combinePeople, identityKeys } from '../people/combine-people.js';
import { buildPerson } from '../people/create-person.js';
import type { PersonValueKind } from '../people/repo.js';
import type { CreatePersonInput, Person } from '../people/schema.js';
import type { Deps } from '../repos.js';
import { parseInput } from '../shared/validate.js';
import { type ImportContactsInput, type ImportProgress, type ImportSummary, importContactsSchema } from './schema.js';

type Incoming = { line: number; person: Person; kithId: string | null; keys: string[] };

const WRITE_BATCH = 1000;

function toInput(record: ContactRecord): CreatePersonInput {
  const { line: _line, kithId: _kithId, displayName, tier, ...fields } = record;
  return { ...fields, displayName: displayName ?? '', ...(tier ? { tier: tier as CreatePersonInput['tier'] } : {}) };
}

function keyOf(entry: { kind: string; key: string }): string {
  return `${entry.kind}:${entry.key}`;
}

function splitKey(key: string): { kind: PersonValueKind; key: string } {
  const colon = key.indexOf(':');
  return { kind: key.slice(0, colon) as PersonValueKind, key: key.slice(colon + 1) };
}

/**
 * Imports a LinkedIn, Google or vCard file in one transaction. A person already in
 * kith with the same email, LinkedIn profile URL or phone is updated (empty fields
 * filled, new values added, nothing overwritten); the same person twice in the file
 * is one person; importing the same file again changes nothing. A malformed file
 * fails with its line number before anything is written.
 */
export async function importContacts(
  deps: Deps,
  input: ImportContactsInput,
  onProgress?: ImportProgress,
): Promise<ImportSummary> {
  const { format, text, dryRun } = parseInput(importContactsSchema, input);
  const records = parseContacts(format, text);
  const now = deps.now();
  const skippedRows: { line: number; reason: string }[] = [];

  const incoming: Incoming[] = [];
  for (const record of records) {
    if (!record.displayName) {
      skippedRows.push({ line: record.line, reason: 'no name, organization or email' });
      continue;
    }
    try {
      const person = buildPerson(toInput(record), now);
      incoming.push({
        line: record.line,
        person,
        kithId: record.kithId ?? null,
        keys: identityKeys(person).map(keyOf),
      });
    } catch (error) {
      if (!isKithError(error) || error.code !== 'VALIDATION_FAILED') throw error;
      skippedRows.push({ line: record.line, reason: error.message });
    }
  }

  // The same person twice in one file (same email, profile URL or phone) is one person.
  const unique: Incoming[] = [];
  const indexByKey = new Map<string, number>();
  for (const entry of incoming) {
    const keys = entry.keys;
    let match: number | undefined;
    for (const key of keys) {
      match = indexByKey.get(key);
      if (match !== undefined) break;
    }
    const target = match === undefined ? undefined : unique[match];
    if (match !== undefined && target) {
      target.person = combinePeople(target.person, entry.person, { joinNotes: false });
      target.keys = identityKeys(target.person).map(keyOf);
      skippedRows.push({ line: entry.line, reason: `same person as line ${target.line}` });
      for (const key of target.keys) indexByKey.set(key, match);
      continue;
    }
    for (const key of keys) if (!indexByKey.has(key)) indexByKey.set(key, unique.length);
    unique.push(entry);
  }

  return deps.repos.transaction(async (repos) => {
    const keysByKind = new Map<PersonValueKind, Set<string>>();
    for (const entry of unique) {
      for (const { kind, key } of entry.keys.map(splitKey)) {
        const keys = keysByKind.get(kind) ?? new Set<string>();
        keys.add(key);
        keysByKind.set(kind, keys);
      }
    }
    const owners = new Map<string, string>();
    for (const [kind, keys] of keysByKind) {
      const found = await repos.people.findByValues(kind, [...keys]);
      for (const [key, ids] of found) if (ids[0]) owners.set(keyOf({ kind, key }), ids[0]);
    }
    const kithIds = unique.map((entry) => entry.kithId).filter((id): id is string => id !== null);
    const known = new Set((await repos.people.getMany(kithIds)).map((person) => person.id));
    const existingId = (entry: Incoming): string | undefined => {
      if (entry.kithId && known.has(entry.kithId)) return entry.kithId;
      for (const key of entry.keys) {
        const id = owners.get(key);
        if (id !== undefined) return id;
      }
      return undefined;
    };
    const existingIds = unique.map(existingId);
    const matchedIds = [...new Set(existingIds.filter((id) => id !== undefined))];
    const existing = new Map((await repos.people.getMany(matchedIds)).map((person) => [person.id, person]));

    const created: Person[] = [];
    const updated = new Map<string, Person>();
    let updatedCount = 0;
    for (const [index, entry] of unique.entries()) {
      const id = existingIds[index];
      const current = id ? (updated.get(id) ?? existing.get(id)) : undefined;
      if (!current) {
        created.push(entry.person);
        continue;
      }
      const combined = combinePeople(current, entry.person, { joinNotes: false });
      if (!changedBy(current, combined)) {
        skippedRows.push({ line: entry.line, reason: `${current.displayName} is already up to date` });
        continue;
      }
      updated.set(current.id, { ...combined, updatedAt: now.toISOString() });
      updatedCount += 1;
    }

    if (!dryRun) {
      const total = created.length + updated.size;
      let done = 0;
      for (let start = 0; start < created.length; start += WRITE_BATCH) {
        const batch = created.slice(start, start + WRITE_BATCH);
        await repos.people.insert(batch);
        done += batch.length;
        onProgress?.(done, total);
      }
      for (const person of updated.values()) {
        await repos.people.save(person);
        done += 1;
        if (done % WRITE_BATCH === 0 || done === total) onProgress?.(done, total);
      }
    }

    skippedRows.sort((a, b) => a.line - b.line);
    return {
      format,
      dryRun,
      records: records.length,
      created: created.length,
      updated: updatedCount,
      skipped: skippedRows.length,
      skippedRows,
    };
  });
}
