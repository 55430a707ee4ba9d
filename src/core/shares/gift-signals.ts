import type { Item } from '../items/schema.js';
import type { GiftForSomeone } from '../keep-in-touch/daily-list.js';
import type { TodaySignalSource } from '../keep-in-touch/signals.js';
import { rankPeopleForItem, type Suggestion } from '../matching/match-item.js';
import type { OwnerRepos } from '../repos.js';
import { rankRecipients } from './rank-recipients.js';

/** A fit this strong is worth a line on the daily list: a need met, or a topic in the title and more. */
export const GIFT_AT_LEAST = 4;
/** Only the newest saved items are looked at: what you saved lately is what you have to give. */
const RECENT_ITEMS = 5;

const pairKey = (itemId: string, personId: string) => `${itemId} ${personId}`;

function gift(item: Item, suggestion: Suggestion): GiftForSomeone {
  return { personId: suggestion.id, itemId: item.id, itemTitle: item.title, reasons: suggestion.reasons };
}

/** The best person for one item, leaving out who already got it and pairs proposed before; null below GIFT_AT_LEAST. */
async function bestFor(repos: OwnerRepos, item: Item, proposed: ReadonlySet<string>): Promise<Suggestion | null> {
  const shares = await repos.shares.listForItem(item.id);
  const exclude = new Set(shares.map((share) => share.personId));
  const ranked = await rankRecipients(repos, item, exclude, 20);
  return ranked.find((s) => s.score >= GIFT_AT_LEAST && !proposed.has(pairKey(item.id, s.id))) ?? null;
}

/**
 * "You have something for X": at most one a day, the strongest fit of a recently saved,
 * unarchived item with someone who has not had it, never a pair proposed on an earlier
 * day. The day's pair is recorded (for the real today only), so it stays the same all day.
 */
export const giftSignals: TodaySignalSource = async (repos, today, context) => {
  const earlier = await repos.shares.listGiftSuggestions();
  const todays = earlier.find((suggestion) => suggestion.shownOn === today);
  if (todays) {
    const item = await repos.items.get(todays.itemId);
    if (!item || item.archived) return {};
    const shares = await repos.shares.listForItem(item.id);
    if (shares.some((share) => share.personId === todays.personId)) return {};
    const [person] = await repos.people.getMany([todays.personId]);
    if (!person || person.archived) return {};
    const [suggestion] = rankPeopleForItem([person], item);
    return suggestion ? { gifts: [gift(item, suggestion)] } : {};
  }
  const proposed = new Set(earlier.map((suggestion) => pairKey(suggestion.itemId, suggestion.personId)));
  const { items } = await repos.items.list({ archived: 'exclude', limit: RECENT_ITEMS });
  let best: { item: Item; suggestion: Suggestion } | null = null;
  for (const item of items) {
    const suggestion = await bestFor(repos, item, proposed);
    if (suggestion && (!best || suggestion.score > best.suggestion.score)) best = { item, suggestion };
  }
  if (!best) return {};
  if (context?.record) {
    await repos.shares.recordGiftSuggestion({ itemId: best.item.id, personId: best.suggestion.id, shownOn: today });
  }
  return { gifts: [gift(best.item, best.suggestion)] };
};
