import { extractPage, isJobLocation, readsLikeJob, textReadsLikeJob } from '../../formats/page.js';
import { KithError } from '../errors.js';
import { isHtmlDocument } from './constants.js';
import { type FetchPage, MAX_ITEM_TEXT } from './schema.js';

/** What an item's source yields before the user's own values are laid over it. */
export type ReadSource = {
  source: 'url' | 'html' | 'text';
  url: string | null;
  title: string | null;
  text: string;
  summary: string | null;
  looksLikeJob: boolean;
  company: string | null;
  role: string | null;
  location: string | null;
};

/** Words a site's menu holds and a first line of an article or job listing does not. */
const MENU_WORDS =
  /^(home|subscribe|sign in|sign up|log in|login|register|menu|about( us)?|contact( us)?|advertise|newsletter|search|news|blog|jobs|careers|events|shop)$/i;
/** How a link back to a list starts: "All jobs", "← Back to news", "See all events". */
const LIST_LINK = /^(?:[←‹«<]\s*)?(?:(?:back to|see|view|browse)\s+)?(?:all\s+)?/i;

/** Parts of a line between separators: "Home · Subscribe", "Trey Research · Madrid · Full time". */
const SEPARATOR = /\s+[·|•»]\s+/;

/**
 * A site's menu as copied with its page: short links between separators, four or more,
 * or three with one of a menu's words ("Home · Subscribe · Advertise"), or one link alone
 * that a menu holds ("All jobs" above a job listing); a job's "Data Engineer · Berlin ·
 * Full-time" is its first line, not a menu.
 */
function isMenuLine(line: string): boolean {
  const parts = line.trim().split(SEPARATOR);
  if (parts.length === 1) return MENU_WORDS.test(parts[0]?.replace(LIST_LINK, '') ?? '');
  if (parts.length < 3 || !parts.every((part) => part.split(/\s+/).length <= 3)) return false;
  return parts.length >= 4 || parts.some((part) => MENU_WORDS.test(part));
}

/** A site's footer as copied with its page: "© 2026 The Logistics Review · Privacy". */
function isFooterLine(line: string): boolean {
  return /^(©|\(c\)\s|copyright\b)/i.test(line.trim());
}

/** A line of facts under a job's headline has a few words and no sentence's end. */
const MAX_FACT_WORDS = 6;

/**
 * A job listing's facts, the short lines under its headline ("Trey Research", "Madrid,
 * Spain (hybrid)", "Full time", or one line of them between separators): the one naming
 * a place is the location, the first that is neither a place nor job words the company.
 */
function jobFacts(lines: readonly string[]): { company: string | null; location: string | null } {
  const facts: string[] = [];
  for (const line of lines) {
    const parts = line.trim().split(SEPARATOR).filter(Boolean);
    if (parts.length === 0 && facts.length === 0) continue;
    if (
      parts.length === 0 ||
      parts.some((part) => part.split(/\s+/).length > MAX_FACT_WORDS || /[.!?:;]$/.test(part))
    ) {
      break;
    }
    facts.push(...parts);
  }
  const location = facts.find(isJobLocation) ?? null;
  const company = facts.find((fact) => fact !== location && !readsLikeJob(null, fact)) ?? null;
  return { company, location };
}

/**
 * Pasted text, less the site's menu lines before it and footer lines after it (a whole
 * page copied from the browser starts with its menu, which became the title), and its
 * first line as the title; for a job, as a fetched page is read, the title is the role
 * and the short lines under it its company and location.
 */
function fromText(text: string): Omit<ReadSource, 'source' | 'url'> {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let first = 0;
  while (first < lines.length && (!lines[first]?.trim() || isMenuLine(lines[first] ?? ''))) first++;
  let end = lines.length;
  while (end > first && (!lines[end - 1]?.trim() || isFooterLine(lines[end - 1] ?? ''))) end--;
  const clean = lines.slice(first, end).join('\n').trim();
  const [firstLine = '', ...rest] = clean.split('\n').map((line) => line.trim());
  const title = firstLine.length > 0 && firstLine.length <= 200 ? firstLine : null;
  return {
    title,
    text: clean,
    summary: null,
    looksLikeJob: textReadsLikeJob(title, clean),
    ...(title ? jobFacts(rest) : { company: null, location: null }),
    role: title,
  };
}

/** Markup has at least one tag; anything else (pasted text, a page served without a type) is read as text. */
const HAS_TAG = /<[a-z!/]/i;

function fromHtml(html: string): Omit<ReadSource, 'source' | 'url'> {
  const source = html.replace(/^\uFEFF/, '');
  if (!HAS_TAG.test(source)) return fromText(source);
  const page = extractPage(source);
  return {
    title: page.title,
    text: page.text,
    summary: page.summary,
    looksLikeJob: page.looksLikeJob,
    company: page.company,
    role: page.role,
    location: page.location,
  };
}

/** Reads the one source an item was given; a source with no readable text is an error. */
export async function readSource(
  input: { url?: string; html?: string; text?: string },
  fetchPage: FetchPage,
): Promise<ReadSource> {
  let read: ReadSource;
  if (input.url !== undefined) {
    const page = await fetchPage(input.url);
    const body = page.contentType === 'text/plain' ? fromText(page.body) : fromHtml(page.body);
    read = { source: 'url', url: page.url, ...body };
  } else if (input.html !== undefined) {
    read = { source: 'html', url: null, ...fromHtml(input.html) };
  } else if (input.text !== undefined && isHtmlDocument(input.text)) {
    read = { source: 'html', url: null, ...fromHtml(input.text) };
  } else {
    read = { source: 'text', url: null, ...fromText(input.text ?? '') };
  }
  if (read.text.trim().length === 0) {
    const where = read.source === 'url' ? `the page at ${input.url}` : read.source === 'html' ? 'the HTML' : 'the item';
    throw new KithError('ITEM_UNREADABLE', `${where} has no readable text; nothing was saved`, { source: read.source });
  }
  return { ...read, text: read.text.slice(0, MAX_ITEM_TEXT) };
}
