import { identityKeys } from './combine-people.js';
import type { PersonKeyKind } from './repo.js';
import type { Person } from './schema.js';
import { type SearchDocument, searchDocument } from './search-document.js';
import { nameStarts, nameSuffixMarks, scanWords } from './search-words.js';

/**
 * What storage indexes a person by: their search text and their identity keys (phones read
 * in `region`), and the words SQLite's search rows are written from (the row's search
 * words, the name starts, the name's marked suffixes). Pure; an import computes it with
 * each row's validation, in its worker thread for a large file (ADR 0013, ADR 0055): the
 * thread that writes then only binds them. The repository computes it itself when not given.
 */
export type PersonIndexing = {
  document: SearchDocument;
  keys: { kind: PersonKeyKind; key: string }[];
  /** `scanWords` of the document: the person row's search words. */
  searchWords: string;
  /** `nameStarts` of the name text: a person_name_start row each. */
  nameStarts: string[];
  /** `nameSuffixMarks` of the name text: the end of the person's word index text. */
  nameSuffixes: string;
};

/** Indexing computed ahead for a list of people, in the same order, with the phone region it was computed in. */
export type PreparedIndexing = { region: string; entries: readonly PersonIndexing[] };

export function personIndexing(person: Person, region: string): PersonIndexing {
  const document = searchDocument(person);
  return {
    document,
    keys: identityKeys(person, region),
    searchWords: scanWords(document),
    nameStarts: nameStarts(document.nameText),
    nameSuffixes: nameSuffixMarks(document.nameText),
  };
}
