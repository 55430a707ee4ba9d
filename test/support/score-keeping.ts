/**
 * Principle 6, never keep score: words that would mean kith counts favours, balances
 * or give/take ratios. Checked against every key and string in an output.
 */
const SCORE_KEEPING =
  /\b(favou?rs?[ _-]?(owed|due|balance|count)|owed|owes|owing|balances?|ratios?|give[ _/-]?take|debts?|tally|tallies|reciprocity|ledger|i ?owe ?you|iou|karma|points)\b|(favou?rs?|gives?|takes?|shares?|received?)(Owed|Balance|Count|Ratio|Total)/i;

/** Every key and string value in a JSON value that reads as score-keeping. */
export function scoreKeepingTerms(value: unknown, path = '$'): string[] {
  if (typeof value === 'string') return SCORE_KEEPING.test(value) ? [`${path}: ${value}`] : [];
  if (Array.isArray(value)) return value.flatMap((entry, index) => scoreKeepingTerms(entry, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, entry]) => [
      ...(SCORE_KEEPING.test(key) ? [`${path}.${key}`] : []),
      ...scoreKeepingTerms(entry, `${path}.${key}`),
    ]);
  }
  return [];
}
