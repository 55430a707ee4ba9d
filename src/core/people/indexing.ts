import { identityKeys } from './combine-people.js';
import type { PersonKeyKind } from './repo.js';
import type { Person } from './schema.js';
import { type SearchDocument, searchDocument } from './search-document.js';

/**
 * What storage indexes a person by: their search text and their identity keys (phones read
 * in `region`). Pure; an import computes it with each row's validation, in its worker
 * thread for a large file (ADR 0013), and the repository computes it itself when not given.
 */
export type PersonIndexing = { document: SearchDocument; keys: { kind: PersonKeyKind; key: string }[] };

/** Indexing computed ahead for a list of people, in the same order, with the phone region it was computed in. */
export type PreparedIndexing = { region: string; entries: readonly PersonIndexing[] };

export function personIndexing(person: Person, region: string): PersonIndexing {
  return { document: searchDocument(person), keys: identityKeys(person, region) };
}
