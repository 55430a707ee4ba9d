import { tokenize } from '../../src/core/matching/terms.js';

/**
 * The baseline: plain BM25 (k1 = 1.2, b = 0.75) over each person's fields as one
 * document, with the item's title and text as the query. Same tokenizer as the
 * matcher, no vocabulary, no field weights.
 */
export function bm25Rank(documents: readonly { id: string; text: string }[], query: string): string[] {
  const k1 = 1.2;
  const b = 0.75;
  const docs = documents.map((doc) => {
    const counts = new Map<string, number>();
    const tokens = tokenize(doc.text);
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
    return { id: doc.id, counts, length: tokens.length };
  });
  const averageLength = docs.reduce((sum, doc) => sum + doc.length, 0) / Math.max(1, docs.length);
  const documentFrequency = new Map<string, number>();
  for (const doc of docs)
    for (const token of doc.counts.keys()) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
  const queryTerms = new Set(tokenize(query));
  const scored = docs.map((doc) => {
    let score = 0;
    for (const term of queryTerms) {
      const tf = doc.counts.get(term);
      if (!tf) continue;
      const df = documentFrequency.get(term) ?? 0;
      const idf = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5));
      score += (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * doc.length) / averageLength));
    }
    return { id: doc.id, score };
  });
  return scored
    .filter((entry) => entry.score > 0)
    .sort((x, y) => y.score - x.score)
    .map((entry) => entry.id);
}
