/** How search terms and labels become FTS5 and tsquery expressions, and what the indexes hold. */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Person, PersonFilter } from '../../core/people/schema.js';
import type { SearchDocument } from '../../core/people/search-document.js';
import { valueKey } from '../../core/people/value-keys.js';
import type { Dialect } from '../connect.js';
import type { Database } from '../schema.js';
import { indexWords, NAME_START_AT_MOST, wordSuffixes } from '../search-words.js';

/** Search tiers with more matches than this are read in name order instead of sorted. */
export const SORT_AT_MOST = 1000;

/**
 * How many people a walk in name order reads before giving up on a tier whose matches are
 * not spread through the names: names sort by given name, so the people whose given name
 * starts "ta" all sort near the end, and a walk from "a" read 850,000 of a million people
 * to reach them. Past this, the tier's matches are read and sorted instead.
 */
export const WALK_AT_MOST = 20_000;

/**
 * Whether the first tier (every term in the name, the first starting a word of it) is
 * read from person_name_start: when the first term is one of its starts and no other
 * term has three characters, which the name trigrams would narrow better.
 */
export function byNameStart(terms: readonly string[]): boolean {
  const [first, ...rest] = terms;
  return first !== undefined && Array.from(first).length <= NAME_START_AT_MOST && rest.every((term) => term.length < 3);
}

/** The (sort name, id) WALK_AT_MOST places into an owner's people by name, where a walk stops; none with fewer. */
export type WalkEdge = { sort_name: string; id: string } | undefined;

/**
 * The edge of the walk, read from the name index alone, once per search: each tier that
 * walks asks for it, and it is the same for all of them.
 */
export function walkEdgeOnce(db: Kysely<Database>, ownerId: string): () => Promise<WalkEdge> {
  let edge: Promise<WalkEdge> | undefined;
  return () => {
    edge ??= db
      .selectFrom('person')
      .select(['sort_name', 'id'])
      .where('owner_id', '=', ownerId)
      .orderBy('sort_name')
      .orderBy('id')
      .limit(1)
      .offset(WALK_AT_MOST)
      .executeTakeFirst();
    return edge;
  };
}

/**
 * A term as a tsquery matching it at the start of a word, punctuation read as a word
 * break as in the indexed text: "john.sm" → 'john' <-> 'sm':*.
 */
export function tsPrefixQuery(term: string): string {
  return `${indexWords(term).map(tsWord).join(' <-> ')}:*`;
}

/** Quotes a word for a tsquery. */
export function tsWord(word: string): string {
  return `'${word.replace(/'/g, "''")}'`;
}

/** Quotes a term for an FTS5 MATCH expression. */
export function ftsPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/**
 * A term for the word index, which keeps no positions (`detail = none`, migration 0010):
 * each of its words, the last as a prefix: "john.sm" → "john" AND "sm"*.
 */
export function ftsWordsPrefix(term: string): string {
  const words = indexWords(term);
  if (words.length === 0) return `${ftsPhrase(term)}*`;
  return words
    .map((word, index) => (index === words.length - 1 ? `${ftsPhrase(word)}*` : ftsPhrase(word)))
    .join(' AND ');
}

/**
 * The name column of person_name_fts starts with a space, so a phrase starting with a
 * space (`" ada"`) matches only where a word of the name starts: the first ranking tier.
 */
export function ftsNameText(nameText: string): string {
  return ` ${nameText}`;
}

/** The rest, and the company as word suffixes: a word prefix there is a substring of the company. */
export function ftsBodyText(document: SearchDocument): string {
  return `${document.bodyText} ${wordSuffixes(document.companyText)}`;
}

/** A tag or topic a list is narrowed to: its key, and the words the search text holds it as. */
export type LabelFilter = { kind: 'tag' | 'topic'; key: string; words: string[] };

export function labelFilters(filter: PersonFilter): LabelFilter[] {
  return (['tag', 'topic'] as const).flatMap((kind) => {
    const value = filter[kind];
    if (!value) return [];
    const key = valueKey(kind, value);
    return [{ kind, key, words: indexWords(key) }];
  });
}

export function hasLabel(person: Person, label: LabelFilter): boolean {
  const values = label.kind === 'tag' ? person.tags : person.topics;
  return values.some((value) => valueKey(label.kind, value) === label.key);
}

/**
 * SQL: people whose search text holds every word of the label (the word index on
 * SQLite, the tsvector on PostgreSQL). Tags and topics are in the search text, so this
 * narrows a tag or topic filter to a few candidates, checked on the person.
 */
export function holdsWords(dialect: Dialect, label: LabelFilter): RawBuilder<boolean> {
  if (dialect === 'sqlite') {
    return sql<boolean>`person.search_rowid IN (SELECT rowid FROM person_body_fts
      WHERE person_body_fts MATCH ${label.words.map(ftsPhrase).join(' AND ')})`;
  }
  const query = label.words.map(tsWord).join(' & ');
  return sql<boolean>`EXISTS (SELECT 1 FROM person_search s
    WHERE s.owner_id = person.owner_id AND s.person_id = person.id AND s.tsv @@ to_tsquery('simple', ${query}))`;
}
