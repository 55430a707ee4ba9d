import { identityKeys } from './combine-people.js';
import type { PersonKeyKind } from './repo.js';
import type { Person } from './schema.js';
import { type SearchDocument, searchDocument, sortName } from './search-document.js';
import { nameMarks, scanWords } from './search-words.js';

/**
 * What storage indexes a person by: their search text and their identity keys (phones read
 * in `region`), and the words SQLite's search rows are written from (the row's search
 * words, the name's marks). Pure; an import computes it with each row's validation, in its
 * worker thread for a large file (ADR 0013, ADR 0055): the thread that writes then only
 * binds them. The repository computes it itself when not given.
 */
export type PersonIndexing = {
  document: SearchDocument;
  keys: { kind: PersonKeyKind; key: string }[];
  /** `scanWords` of the document: the person row's search words. */
  searchWords: string;
  /** `nameMarks` of the name text: the end of the person's word index text (SQLite). */
  nameMarks: string;
};

/** Indexing computed ahead for a list of people, in the same order, with the phone region it was computed in. */
export type PreparedIndexing = { region: string; entries: readonly PersonIndexing[] };

export function personIndexing(person: Person, region: string): PersonIndexing {
  const document = searchDocument(person);
  return {
    document,
    keys: identityKeys(person, region),
    searchWords: scanWords(document),
    nameMarks: nameMarks(document.nameText, sortName(person.displayName)),
  };
}
