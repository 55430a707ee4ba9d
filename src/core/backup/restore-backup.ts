import { newCardEpoch } from '../dav/schema.js';
import { isKithError, KithError } from '../errors.js';
import type { Deps } from '../repos.js';
import { issuesOf, parseInput } from '../shared/validate.js';
import { backupDocumentSchema, type RestoreSummary } from './schema.js';
import { type BackupSection, backupSections } from './sections.js';

/** Reads a backup file's text; bad JSON or a bad field fails naming where, before anything is written. */
export function parseBackup(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new KithError('IMPORT_FAILED', `backup: not valid JSON (${(error as Error).message})`);
  }
}

/** Who a backup record is, in words: its name and id, or the person it belongs to. */
function recordWords(record: unknown): string | undefined {
  if (record === null || typeof record !== 'object') return undefined;
  const { id, displayName, name, personId } = record as Record<string, unknown>;
  const named = typeof displayName === 'string' ? displayName : typeof name === 'string' ? name : undefined;
  if (typeof id === 'string') return named === undefined ? `id ${id}` : `"${named}", id ${id}`;
  return typeof personId === 'string' ? `person ${personId}` : undefined;
}

/**
 * A section's content checked by its schema; a refusal names the field by its path and
 * the record by its name or id, as a backup edited by hand is read by someone looking
 * for it: "sections.people.2.birthday: is not a real calendar date ("Ada", id 01…)".
 */
// biome-ignore lint/suspicious/noExplicitAny: sections hold different content types; each checks its own with its schema
function parseSection(section: BackupSection<any>, content: unknown): unknown {
  try {
    return parseInput(section.schema, content, `sections.${section.name}`);
  } catch (error) {
    const [index] =
      issuesOf(isKithError(error) ? error.details : undefined)[0]
        ?.field.split('.')
        .slice(2) ?? [];
    const record = Array.isArray(content) && index !== undefined ? recordWords(content[Number(index)]) : undefined;
    if (!isKithError(error) || record === undefined) throw error;
    throw new KithError(error.code, `${error.message} (${record})`, error.details);
  }
}

/**
 * Restores a JSON backup into an owner that holds nothing yet, in one transaction:
 * every section is checked before the first row is written.
 */
export async function restoreBackup(deps: Deps, input: unknown): Promise<RestoreSummary> {
  const document = parseInput(backupDocumentSchema, input);
  const known = new Set(backupSections.map((section) => section.name));
  const unknown = Object.keys(document.sections).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new KithError('VALIDATION_FAILED', `sections.${unknown[0]}: this kith does not know this section`);
  }
  const contents = backupSections
    .filter((section) => document.sections[section.name] !== undefined)
    .map((section) => ({ section, content: parseSection(section, document.sections[section.name]) }));
  return deps.repos.transaction(async (repos) => {
    for (const section of backupSections) {
      if (!(await section.isEmpty(repos))) {
        throw new KithError('NOT_EMPTY', `restore needs an empty database, and it already holds ${section.name}`);
      }
    }
    // The restored cards count their revisions from where this owner's clock stands, so
    // they would repeat ETags and sync tokens a phone holds from the backed-up kith: a new
    // epoch of the clock, named in every one of them, keeps them apart (ADR 0057).
    await repos.dav.startEpoch(newCardEpoch());
    const summary: RestoreSummary = { sections: {} };
    for (const { section, content } of contents) {
      await section.restore(repos, content);
      summary.sections[section.name] = section.count(content);
    }
    return summary;
  });
}
