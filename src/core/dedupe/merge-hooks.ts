import { defaultCard, joinExtras } from '../dav/card-fields.js';
import { sameOccasion } from '../occasions/card-occasions.js';
import type { OwnerRepos } from '../repos.js';
import { combineAffiliations, combineEventLinks, redundantIntroductions, redundantShares } from './merge-rules.js';

/**
 * Moves one feature's references from the person merged away (`from`) to the person
 * kept (`to`), inside the merge's transaction. Every feature whose rows point at a
 * person adds a hook here, so a merge loses nothing.
 */
export type MergeHook = {
  name: string;
  move(repos: OwnerRepos, from: string, to: string): Promise<void>;
};

export const introducedByHook: MergeHook = {
  name: 'people.introducedBy',
  move: (repos, from, to) => repos.people.moveIntroducedBy(from, to),
};

/** Interactions: the other's participation moves; an interaction with both keeps one participant row. */
export const participantsHook: MergeHook = {
  name: 'interactions.participants',
  move: (repos, from, to) => repos.merge.moveParticipants(from, to),
};

export const remindersHook: MergeHook = {
  name: 'reminders',
  move: (repos, from, to) => repos.merge.moveReminders(from, to),
};

/** A date both have (one card imported as two people, say) stays once: the kept person's. */
export const occasionsHook: MergeHook = {
  name: 'occasions',
  async move(repos, from, to) {
    const kept = await repos.occasions.listForPerson(to);
    for (const occasion of await repos.occasions.listForPerson(from)) {
      if (kept.some((one) => sameOccasion(one, occasion))) await repos.occasions.remove(occasion.id);
    }
    await repos.merge.moveOccasions(from, to);
  },
};

/**
 * Keep-in-touch: the kept person's snooze and drift silence stay, the other's go; the
 * last interaction day is recomputed from the interactions both now share.
 */
export const keepInTouchHook: MergeHook = {
  name: 'keepInTouch',
  async move(repos, from, to) {
    await repos.merge.dropContactState(from);
    await repos.interactions.refreshLastInteraction([to]);
  },
};

/**
 * Events: the other's links (met or attending, with follow-ups) move; at an event both
 * are linked to, one link stays with met over attending and both notes.
 */
export const eventLinksHook: MergeHook = {
  name: 'events.people',
  async move(repos, from, to) {
    const links = await repos.events.links();
    const kept = new Map(links.filter((link) => link.personId === to).map((link) => [link.eventId, link]));
    for (const link of links) {
      const keep = link.personId === from ? kept.get(link.eventId) : undefined;
      if (keep) await repos.events.saveLink(combineEventLinks(keep, link));
    }
    await repos.merge.moveEventLinks(from, to);
  },
};

/** Organizations: the other's affiliations move; with an organization both belong to, one stays. */
export const affiliationsHook: MergeHook = {
  name: 'organizations.affiliations',
  async move(repos, from, to) {
    const affiliations = await repos.organizations.affiliations();
    const kept = new Map(affiliations.filter((row) => row.personId === to).map((row) => [row.organizationId, row]));
    for (const row of affiliations) {
      const keep = row.personId === from ? kept.get(row.organizationId) : undefined;
      if (keep) await repos.organizations.saveAffiliation(combineAffiliations(keep, row));
    }
    await repos.merge.moveAffiliations(from, to);
  },
};

/** Shares: if both received the same item, the earliest share stays. */
export const sharesHook: MergeHook = {
  name: 'shares',
  async move(repos, from, to) {
    const shares = [...(await repos.shares.listForPerson(from)), ...(await repos.shares.listForPerson(to))];
    await repos.merge.deleteShares(redundantShares(shares, from, to));
    await repos.merge.moveShares(from, to);
  },
};

/** Introductions, either side: one between the two goes; a pair made twice keeps the furthest along. */
export const introductionsHook: MergeHook = {
  name: 'introductions',
  async move(repos, from, to) {
    const introductions = await repos.introductions.list();
    await repos.merge.deleteIntroductions(redundantIntroductions(introductions, from, to));
    await repos.merge.moveIntroductions(from, to);
  },
};

/** Address book: the raw vCard properties a phone gave the other's card join the kept person's card. */
export const davCardHook: MergeHook = {
  name: 'dav.cards',
  async move(repos, from, to) {
    const cards = await repos.dav.extras([from, to]);
    const gone = cards.get(from);
    if (!gone || gone.extras.length === 0) return;
    const kept = cards.get(to) ?? defaultCard(to);
    await repos.dav.saveExtras(to, { ...kept, extras: joinExtras(kept.extras, gone.extras) });
    await repos.people.markCardsChanged([to]);
  },
};

/** Photos: the kept person's stays; one who has none takes the other's. */
export const photoHook: MergeHook = {
  name: 'photos',
  async move(repos, from, to) {
    const photos = await repos.photos.getMany([from, to]);
    const other = photos.get(from);
    if (!other || photos.has(to)) return;
    await repos.photos.save({ ...other, personId: to });
    await repos.people.markCardsChanged([to]);
  },
};

/**
 * Dismissed suggestions: the other's become the kept person's (one between the two
 * goes); their own rows go with the other person when it is deleted.
 */
export const dismissalsHook: MergeHook = {
  name: 'introduction dismissals',
  async move(repos, from, to) {
    for (const dismissal of await repos.introductions.dismissals()) {
      const partner =
        dismissal.personAId === from ? dismissal.personBId : dismissal.personBId === from ? dismissal.personAId : null;
      if (partner === null || partner === to) continue;
      const [personAId, personBId] = [partner, to].sort() as [string, string];
      await repos.introductions.dismiss({ ...dismissal, personAId, personBId });
    }
  },
};

/** Attendee lists: a row matched to the person merged away names the kept one. */
export const attendeesHook: MergeHook = {
  name: 'events.attendees',
  move: (repos, from, to) => repos.attendees.movePerson(from, to),
};

/** Every hook a merge runs, in order (participants before keep-in-touch, which reads them). */
export const mergeHooks: readonly MergeHook[] = [
  introducedByHook,
  participantsHook,
  remindersHook,
  occasionsHook,
  keepInTouchHook,
  eventLinksHook,
  affiliationsHook,
  sharesHook,
  introductionsHook,
  davCardHook,
  photoHook,
  dismissalsHook,
  attendeesHook,
];
