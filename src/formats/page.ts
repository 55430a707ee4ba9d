import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** What a saved or fetched page holds for kith: its readable text and, for a job listing, the job. */
export type ExtractedPage = {
  title: string | null;
  text: string;
  summary: string | null;
  siteName: string | null;
  /** 'job' when the page describes itself as a job posting or reads like one. */
  looksLikeJob: boolean;
  company: string | null;
  role: string | null;
  location: string | null;
};

type PageDocument = ReturnType<typeof parseHTML>['document'];

/** Fewer words than this is a menu or an error page, not something to give. */
const MIN_WORDS = 12;

const BLOCK_END = /<\/(p|li|h[1-6]|div|section|article|ul|ol|tr|blockquote|pre|dd|dt)>|<br\s*\/?>/gi;

function clean(text: string | null | undefined): string | null {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value : null;
}

function meta(document: PageDocument, ...names: string[]): string | null {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const value = clean(element?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

/** The readable HTML as plain text: one line per block, runs of blank lines collapsed. */
function htmlToText(html: string): string {
  const { document } = parseHTML(
    `<!doctype html><html><body>${html.replace(BLOCK_END, (tag) => `${tag}\n`)}</body></html>`,
  );
  const body: string = document.body?.textContent ?? '';
  return body
    .split('\n')
    .map((line: string) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line: string) => line.length > 0)
    .join('\n');
}

type JobPosting = { title: string | null; company: string | null; location: string | null };

/** A schema.org JobPosting in the page's JSON-LD, the richest job metadata a page can carry. */
function jobPostingFromJsonLd(document: PageDocument): JobPosting | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const nodes = (Array.isArray(parsed) ? parsed : [parsed]).flatMap((node) =>
      node && typeof node === 'object' && '@graph' in node && Array.isArray(node['@graph']) ? node['@graph'] : [node],
    );
    for (const node of nodes) {
      if (!node || typeof node !== 'object' || node['@type'] !== 'JobPosting') continue;
      const organization = node.hiringOrganization;
      const place = Array.isArray(node.jobLocation) ? node.jobLocation[0] : node.jobLocation;
      const address = place?.address;
      const location =
        typeof address === 'string'
          ? address
          : [address?.addressLocality, address?.addressRegion, address?.addressCountry]
              .filter((part) => typeof part === 'string' && part)
              .join(', ');
      return {
        title: clean(typeof node.title === 'string' ? node.title : null),
        company: clean(typeof organization === 'string' ? organization : organization?.name),
        location: clean(location),
      };
    }
  }
  return null;
}

const JOB_WORDS =
  /\b(careers?|jobs?|vacanc(y|ies)|full[ -]time|part[ -]time|apply|hiring|you have|requirements|responsibilities|about the role)\b/i;
const LOCATION_HINT = /\b(remote|hybrid|on[- ]site)\b|,\s*\p{Lu}/u;

/** Whether a page reads like a job listing, by its title and the start of its text. */
export function readsLikeJob(title: string | null, text: string): boolean {
  return JOB_WORDS.test(`${title ?? ''} ${text.slice(0, 4000)}`);
}

/** Words a job listing has and an article hardly does ("apply" and "you have" are in both). */
const LISTING_WORDS =
  /\b(responsibilities|requirements|qualifications|about the role|what you('|’)ll do|full[ -]time|part[ -]time|vacanc(y|ies))\b/gi;

/**
 * Whether pasted text is a job listing: a job word in its first line, or two different
 * words of a listing in its start. Pasted text has no page title or markup to go by, and an
 * article saying "if you have ever…" is not a job.
 */
export function textReadsLikeJob(title: string | null, text: string): boolean {
  if (title && JOB_WORDS.test(title)) return true;
  const found = text.slice(0, 4000).match(LISTING_WORDS) ?? [];
  return new Set(found.map((word) => word.toLowerCase().replace(/[ ’']/g, ''))).size >= 2;
}

/** A job listing's line of facts that names where: "Madrid, Spain (hybrid)", "Remote". */
export function isJobLocation(line: string): boolean {
  return line.length < 80 && LOCATION_HINT.test(line);
}

/** Splits a page title "Role | Company Careers" into its parts. */
function splitTitle(title: string | null): { main: string | null; site: string | null } {
  if (!title) return { main: null, site: null };
  const parts = title.split(/\s+[|·—-]\s+(?=[^|·—-]+$)/);
  if (parts.length < 2) return { main: clean(title), site: null };
  return { main: clean(parts[0]), site: clean(parts[1]) };
}

/** Site chrome: never the article, even when Readability falls back to the whole page. */
const CHROME =
  'nav, footer, aside, form, script, style, noscript, [role="navigation"], [role="contentinfo"], [role="banner"], [aria-hidden="true"]';

/** The title without a trailing " | Site Name" (or " - ", " — ", " · ") naming the site. */
function withoutSiteSuffix(title: string | null, ...sites: (string | null)[]): string | null {
  if (!title) return null;
  for (const site of sites) {
    if (!site) continue;
    const suffix = new RegExp(`\\s+[|·—–-]\\s+${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
    if (suffix.test(title)) return clean(title.replace(suffix, ''));
  }
  return title;
}

/**
 * Reads a page: Readability (over linkedom) keeps the article and drops navigation,
 * asides and footers; the page's own metadata (Open Graph, description, JSON-LD
 * JobPosting) fills in the title, summary and job fields.
 */
export function extractPage(html: string): ExtractedPage {
  const { document } = parseHTML(html);
  const titleTag = clean(document.querySelector('title')?.textContent);
  const split = splitTitle(titleTag);
  const ogTitle = meta(document, 'og:title', 'twitter:title');
  const description = meta(document, 'description', 'og:description', 'twitter:description');
  const siteName = meta(document, 'og:site_name', 'application-name');
  const jsonLdJob = jobPostingFromJsonLd(document);
  const heading = clean(document.querySelector('h1')?.textContent);
  const metaItems = [...document.querySelectorAll('main li, header li, .meta li, [class*="meta"] li')]
    .map((element) => clean(element.textContent))
    .filter((value): value is string => value !== null && value.length < 80);

  // Readability changes the document it reads, so it gets its own copy, without the site's
  // chrome; markup that parses to no document element (a stray tag) is read inside a page of its own.
  const own = parseHTML(html).document;
  const readable = own.documentElement ? own : parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
  for (const element of readable.querySelectorAll(CHROME)) element.remove();
  const article = new Readability(readable as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 100,
  }).parse();
  const extracted = article?.content ? htmlToText(article.content) : '';
  // Readability falls back to the whole body; a few stray words (a menu, a cookie line) are not an article.
  const text = extracted.split(/\s+/).length >= MIN_WORDS ? extracted : '';
  // The page's own heading, when the title tag repeats it, is the title without the site's name.
  const headingInTitle = heading && titleTag?.includes(heading) ? heading : null;
  const title = withoutSiteSuffix(
    ogTitle ?? headingInTitle ?? clean(article?.title) ?? heading ?? split.main,
    siteName,
    // The part after the title tag's last separator is the site's name when the page's heading is the part before.
    heading && heading === split.main ? split.site : null,
  );

  const looksLikeJob = jsonLdJob !== null || readsLikeJob(titleTag, text);
  const siteCompany = clean(split.site?.replace(/\b(careers?|jobs?)\b/gi, ''));
  const company = jsonLdJob?.company ?? (siteCompany && siteCompany.length > 1 ? siteCompany : null) ?? siteName;
  const location = jsonLdJob?.location ?? metaItems.find(isJobLocation) ?? null;
  return {
    title,
    text,
    summary: description ?? clean(article?.excerpt),
    siteName,
    looksLikeJob,
    company: looksLikeJob ? company : null,
    role: looksLikeJob ? (jsonLdJob?.title ?? heading ?? title) : null,
    location: looksLikeJob ? location : null,
  };
}
