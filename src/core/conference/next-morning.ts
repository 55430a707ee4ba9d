import { pendingFollowUps } from '../events/follow-ups.js';
import { getEvent } from '../events/resolve-event.js';
import { lastDay } from '../events/rules.js';
import type { Item } from '../items/schema.js';
import { rankItemsForPerson } from '../matching/rank-items.js';
import type { Deps, OwnerRepos } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { addDays } from '../shared/dates.js';
import { parseInput } from '../shared/validate.js';
import { draftFollowUp } from './draft-follow-up.js';
import { asOfSchema, type MorningFollowUp, type NextMorning } from './schema.js';

async function unarchivedItems(repos: OwnerRepos): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | undefined;
  do {
    const page = await repos.items.list({ archived: 'exclude', limit: 1000, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/**
 * Open follow-ups with people met at events, each with what you noted and a drafted
 * message built from their first need and the saved item that fits them best (not sent
 * to them before); the note stays beside the draft, never quoted in it. `eventId` narrows to one event; `today` is the
 * user's local day.
 */
export async function draftFollowUps(
  deps: Deps,
  filter: { eventId?: string; endedOn?: { from: string; to: string } },
  today: string,
): Promise<MorningFollowUp[]> {
  const { repos } = deps;
  const open = (
    await pendingFollowUps(repos, { eventId: filter.eventId, endedOnOrAfter: filter.endedOn?.from })
  ).filter((followUp) => followUp.metOn < today);
  const events = new Map((await repos.events.getMany([...new Set(open.map((f) => f.eventId))])).map((e) => [e.id, e]));
  const chosen = open.filter((followUp) => {
    const event = events.get(followUp.eventId);
    if (!event || !filter.endedOn) return !!event;
    const last = lastDay(event);
    return last >= filter.endedOn.from && last <= filter.endedOn.to;
  });
  if (chosen.length === 0) return [];
  const people = new Map((await repos.people.getMany(chosen.map((f) => f.personId))).map((p) => [p.id, p]));
  const items = await unarchivedItems(repos);
  const drafts: MorningFollowUp[] = [];
  for (const followUp of chosen) {
    const person = people.get(followUp.personId);
    if (!person) continue;
    const shares = items.length > 0 ? await repos.shares.listForPerson(person.id) : [];
    const [best] = rankItemsForPerson(person, items, { exclude: new Set(shares.map((s) => s.itemId)), limit: 1 });
    const item = best ? { id: best.item.id, title: best.item.title, url: best.item.url } : null;
    const need = person.needs[0] ?? null;
    drafts.push({
      personId: person.id,
      personName: person.displayName,
      eventId: followUp.eventId,
      eventName: followUp.eventName,
      metOn: followUp.metOn,
      note: followUp.note,
      need,
      item,
      draft: draftFollowUp({
        firstName: person.nickname ?? person.givenName ?? person.displayName,
        eventName: followUp.eventName,
        metYesterday: followUp.metOn === addDays(today, -1),
        need,
        item,
      }),
    });
  }
  return drafts;
}

/**
 * The morning after an event (in the user's time zone): the people met there with no
 * follow-up yet, each with a drafted message. Shown from the day after the event's last
 * day until its follow-up is due (the `followUpDays` setting, at least that one day);
 * afterwards they stay on the daily list as ordinary follow-ups. Logging anything with
 * them, or sending them something, clears the follow-up.
 */
export async function nextMorningFollowUps(deps: Deps, input: { asOf?: string } = {}): Promise<NextMorning> {
  const { asOf } = parseInput(asOfSchema, input);
  const { settings, today: now } = await userClock(deps.repos, deps.now());
  const today = asOf ?? now;
  const window = Math.max(1, settings.followUpDays);
  const followUps = await draftFollowUps(
    deps,
    { endedOn: { from: addDays(today, -window), to: addDays(today, -1) } },
    today,
  );
  return { today, followUps };
}

/** `kith events followups [EVENT] --draft`: every open follow-up (of one event) with its draft. */
export async function listFollowUpDrafts(
  deps: Deps,
  input: { eventId?: string; asOf?: string } = {},
): Promise<MorningFollowUp[]> {
  const { asOf } = parseInput(asOfSchema, { asOf: input.asOf });
  const today = asOf ?? (await userClock(deps.repos, deps.now())).today;
  if (input.eventId) await getEvent(deps, input.eventId);
  return draftFollowUps(deps, { eventId: input.eventId }, today);
}
