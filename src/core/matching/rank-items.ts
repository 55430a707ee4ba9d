import { buildItemProfile, type MatchableItem, scorePerson } from './match-item.js';
import type { MatchablePerson } from './profile.js';

export type ItemSuggestion<T> = { item: T; score: number; reasons: string[] };

/**
 * The other side of rankPeopleForItem: one person's view of the owner's items, best
 * first, each with the reasons it would matter to them. Items in `exclude` (already
 * shared with them) and items nothing in the person meets are left out.
 */
export function rankItemsForPerson<T extends MatchableItem & { id: string; title: string }>(
  person: MatchablePerson,
  items: readonly T[],
  options: { exclude?: ReadonlySet<string>; limit?: number } = {},
): ItemSuggestion<T>[] {
  const ranked: ItemSuggestion<T>[] = [];
  for (const item of items) {
    if (options.exclude?.has(item.id)) continue;
    const profile = buildItemProfile(item);
    const scored = scorePerson(person, profile, new Set(profile.tokens.keys()));
    if (scored) ranked.push({ item, score: scored.score, reasons: scored.reasons });
  }
  ranked.sort((a, b) => b.score - a.score || (a.item.title < b.item.title ? -1 : a.item.title > b.item.title ? 1 : 0));
  return options.limit ? ranked.slice(0, options.limit) : ranked;
}
