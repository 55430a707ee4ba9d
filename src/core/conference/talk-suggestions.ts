import { KithError } from '../errors.js';
import { getEvent } from '../events/resolve-event.js';
import type { KithEvent } from '../events/schema.js';
import type { Item } from '../items/schema.js';
import { extractTopics } from '../items/topics.js';
import type { Deps } from '../repos.js';
import { rankRecipients } from '../shares/rank-recipients.js';
import type { TalkSuggestions } from './schema.js';

/** How many people are proposed for the slides. */
const SUGGESTED = 10;

/** The talk as an item to give: its title and description, or its saved slides item. */
export function talkItem(event: KithEvent, at: string, url: string | null = null): Item {
  if (!event.talkTitle) {
    throw new KithError(
      'VALIDATION_FAILED',
      `talkTitle: ${event.name} has no talk title; set it (role speaker) to find who would want the slides`,
    );
  }
  const text = [event.talkTitle, event.talkDescription].filter(Boolean).join('\n\n');
  return {
    id: event.talkItemId ?? `talk-${event.id}`,
    kind: 'resource',
    title: `Slides: ${event.talkTitle}`,
    url,
    source: url ? 'url' : 'text',
    text,
    summary: event.talkDescription ?? event.talkTitle,
    topics: extractTopics(event.talkTitle, text),
    company: null,
    role: null,
    location: null,
    archived: false,
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * After your talk at an event or an organization's meeting: the people whose topics,
 * needs and work meet the talk's title and description, ranked by the give-first matcher
 * as for any item, leaving out whom the slides already went to.
 */
export async function suggestTalkRecipients(deps: Deps, eventId: string): Promise<TalkSuggestions> {
  const event = await getEvent(deps, eventId);
  const saved = event.talkItemId ? await deps.repos.items.get(event.talkItemId) : undefined;
  const item = saved ?? talkItem(event, deps.now().toISOString());
  const shares = saved ? await deps.repos.shares.listForItem(saved.id) : [];
  const suggestions = await rankRecipients(deps.repos, item, new Set(shares.map((s) => s.personId)), SUGGESTED);
  return {
    event: { id: event.id, name: event.name, talkTitle: event.talkTitle },
    itemId: saved?.id ?? null,
    suggestions,
    sentTo: shares.map((share) => ({ personId: share.personId, sharedOn: share.sharedAt.slice(0, 10) })),
  };
}
