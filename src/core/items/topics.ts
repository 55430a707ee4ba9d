import { isMeaningful, stem, tokenize } from '../matching/terms.js';
import { conceptName, findConcepts } from '../matching/vocabulary.js';
import { foldText } from '../shared/text.js';

const MAX_TOPICS = 8;

/**
 * An item's topics: the professional subjects it names (from the matcher's vocabulary),
 * those in the title first, then by how often the text mentions them; a text the
 * vocabulary does not cover falls back to its most repeated words.
 */
export function extractTopics(title: string, text: string): string[] {
  const inTitle = findConcepts(tokenize(title));
  const inText = findConcepts(tokenize(text));
  const ranked = [...new Set([...inTitle.keys(), ...inText.keys()])].sort(
    (a, b) =>
      Number(inTitle.has(b)) - Number(inTitle.has(a)) ||
      (inText.get(b) ?? 0) - (inText.get(a) ?? 0) ||
      conceptName(a).localeCompare(conceptName(b)),
  );
  const topics = ranked.slice(0, MAX_TOPICS).map(conceptName);
  if (topics.length >= 3) return topics;
  const counts = new Map<string, number>();
  for (const token of tokenize(`${title} ${text}`)) {
    if (isMeaningful(token) && token.length > 3) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  const frequent = [...counts]
    .filter(([, count]) => count >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([word]) => word);
  const words = surfaceForms(`${title} ${text}`);
  const readable = frequent.map((token) => words.get(token) ?? token);
  return [...topics, ...readable.filter((word) => !topics.includes(word))].slice(0, Math.max(3, topics.length));
}

/** Each stem's first word as written ("beekeep" → "beekeeping"), so a topic reads as a word. */
function surfaceForms(text: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const word of foldText(text).split(/[^\p{L}\p{N}+#]+/u)) {
    if (!word) continue;
    const key = stem(word);
    if (!forms.has(key)) forms.set(key, word);
  }
  return forms;
}
