import { stemmer } from 'stemmer';
import { foldText } from '../shared/text.js';

/** Words that carry no subject: function words and the filler of job ads and bios. */
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here hers
him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours
out over own same she should so some such than that the their theirs them then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you your yours
i'm it's we're you'll etc via per`.split(/\s+/),
);

/**
 * Words the Porter stemmer would fold into another subject ("hospitality" into
 * "hospital", "organization" into "organ", "news" into "new", "production" and
 * "productivity" into "product"): kept whole, or folded only among themselves.
 */
const KEEP_WHOLE = new Map([
  ['hospitality', 'hospitality'],
  ['organization', 'organization'],
  ['organizations', 'organization'],
  ['organisation', 'organization'],
  ['organisations', 'organization'],
  ['news', 'news'],
  ['business', 'business'],
  ['businesses', 'business'],
  // a stem stays the start of the words it stands for: retrieval asks the index for it as a prefix
  ['production', 'production'],
  ['productions', 'production'],
  ['productive', 'productiv'],
  ['productivity', 'productiv'],
]);

/**
 * A word's stem (Porter, from the `stemmer` package), the same on both sides of a
 * comparison: "planners" and "planner" meet, so do "negotiating" and "negotiation", and
 * "analyses" and "analysis" (the stemmer leaves the i of "-sis", which is dropped).
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  const kept = KEEP_WHOLE.get(word);
  if (kept) return kept;
  const stemmed = stemmer(word);
  return word.endsWith('sis') && stemmed.endsWith('i') ? stemmed.slice(0, -1) : stemmed;
}

/**
 * Words too common in professional text to show a shared interest on their own
 * ("senior", "team", "management"): they still count inside a vocabulary phrase.
 */
const GENERIC = new Set(
  `senior junior lead leader head chief principal staff director manager management managing new good great best
work working team teams role roles job jobs position opportunity opportunities looking seeking find help helping
year years experience people company companies business professional professionals based time first second one two
three five make made using use way ways thing things get like want wants need needs open interested interest
interesting project projects program programs group general global local international world end part full level
strong high low based across within build building built run running own owner owning day days week weeks month
ask asking know known talk talks writing write intro introduction introductions connect contact contacts network
network meet meeting advice`
    .split(/\s+/)
    .map((word) => stem(word)),
);

/** Anything outside printable ASCII and ordinary whitespace needs full Unicode folding. */
const NOT_PLAIN = /[^\t\n\r -~]/;

/** Folded, stemmed word tokens, stopwords kept out; order kept so phrases can be found. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  // Most professional text is ASCII: lowercasing is all the folding it needs, and far cheaper.
  const words = !NOT_PLAIN.test(text)
    ? text.toLowerCase().split(/[^a-z0-9+#]+/)
    : foldText(text).split(/[^\p{L}\p{N}+#]+/u);
  for (const raw of words) {
    if (!raw || STOPWORDS.has(raw)) continue;
    tokens.push(stem(raw));
  }
  return tokens;
}

/** A token that can show a shared subject by itself. */
export function isMeaningful(token: string): boolean {
  return token.length >= 2 && !GENERIC.has(token) && !/^\d+$/.test(token);
}
