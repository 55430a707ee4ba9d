import type { Deps } from '../repos.js';
import { newId } from '../shared/ids.js';
import { parseInput } from '../shared/validate.js';
import { readSource } from './read-source.js';
import { type CreateItemInput, createItemSchema, type FetchPage, type Item } from './schema.js';
import { extractTopics } from './topics.js';

/** Item use-cases that may fetch a page get the fetcher as a dependency: I/O stays out of core. */
export type ItemDeps = Deps & { fetchPage: FetchPage };

function summarize(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 280 ? `${flat.slice(0, 279)}…` : flat;
}

/**
 * Adds an article, job listing or resource from a URL, saved HTML or pasted text.
 * Nothing is stored unless the source yields readable text.
 */
export async function createItem(deps: ItemDeps, input: CreateItemInput): Promise<Item> {
  const data = parseInput(createItemSchema, input);
  const read = await readSource(data, deps.fetchPage);
  const kind = data.kind ?? (read.looksLikeJob ? 'job' : 'article');
  const isJob = kind === 'job';
  const title = (data.title ?? read.title ?? summarize(read.text).slice(0, 120)).slice(0, 500);
  const at = deps.now().toISOString();
  const item: Item = {
    id: newId(),
    kind,
    title,
    url: read.url,
    source: read.source,
    text: read.text,
    summary: read.summary ?? summarize(read.text),
    topics: data.topics ?? extractTopics(title, read.text),
    company: data.company ?? (isJob ? read.company : null),
    role: data.role ?? (isJob ? read.role : null),
    location: data.location ?? (isJob ? read.location : null),
    archived: false,
    createdAt: at,
    updatedAt: at,
  };
  await deps.repos.items.insert(item);
  return item;
}
