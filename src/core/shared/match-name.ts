import { foldText, searchTerms } from './text.js';

/**
 * Records a user's words refer to: those whose name equals the key (ignoring case and
 * accents), failing that those whose name contains every word of it.
 */
export function matchByName<T>(items: readonly T[], key: string, nameOf: (item: T) => string): T[] {
  const folded = foldText(key.trim());
  const exact = items.filter((item) => foldText(nameOf(item)) === folded);
  if (exact.length > 0) return exact;
  const terms = searchTerms(key);
  if (terms.length === 0) return [];
  return items.filter((item) => {
    const name = foldText(nameOf(item));
    return terms.every((term) => name.includes(term));
  });
}
