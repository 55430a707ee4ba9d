import { daysBetween, monthDayWords, monthWords } from '../shared/dates.js';

/** What a reconnection opener is built from: when you last spoke and what you share. */
export type DraftInput = {
  firstName: string;
  today: string;
  lastInteraction: { occurredOn: string } | null;
  /** An event you both go to: upcoming (`planned`) or one you were both at. */
  sharedEvent: { name: string; startsOn: string; upcoming: boolean } | null;
  /** An organization you are a member of and they belong to. */
  sharedOrganization: { name: string } | null;
};

/** A conversation fewer days ago than this is followed up on, not reconnected after "a while". */
const RECENT_DAYS = 30;

/**
 * A reconnection opener to copy or send yourself (kith never sends it): it recalls when
 * you last spoke and what you share. Never your note of that conversation: it is yours,
 * written for you (`lastNote` beside the draft). A conversation of the last few weeks is
 * followed up on instead ("Following up on…").
 */
export function draftOpener(input: DraftInput): string {
  const { lastInteraction, sharedEvent, sharedOrganization } = input;
  const lines = [`Hi ${input.firstName},`, ''];
  const pastEvent = sharedEvent && !sharedEvent.upcoming ? sharedEvent : null;
  const daysSince = lastInteraction ? daysBetween(lastInteraction.occurredOn, input.today) : null;
  if (lastInteraction && daysSince !== null && daysSince < RECENT_DAYS) {
    lines.push(
      daysSince <= 1
        ? `Thank you for our conversation ${daysSince <= 0 ? 'earlier today' : 'yesterday'}; it was good to talk.`
        : `Following up on our conversation on ${monthDayWords(lastInteraction.occurredOn)}: how have things gone since?`,
    );
  } else if (lastInteraction) {
    const when = monthWords(lastInteraction.occurredOn);
    lines.push(
      `It has been a while since ${pastEvent ? `${pastEvent.name}, and since we last spoke in ${when}` : `we last spoke, in ${when}`}, ` +
        'and I was thinking of you. How have things been since?',
    );
  } else if (pastEvent) {
    lines.push(`It has been a while since ${pastEvent.name}, and I was thinking of you. How have you been?`);
  } else {
    lines.push('It has been a while, and I was thinking of you. How have you been?');
  }
  if (sharedEvent?.upcoming) {
    lines.push(
      '',
      `Will you be at ${sharedEvent.name} (${monthWords(sharedEvent.startsOn)})? It would be good to see you there.`,
    );
  } else if (sharedOrganization) {
    lines.push('', `Will I see you at ${sharedOrganization.name} one of these days?`);
  }
  lines.push('', 'Would you like to catch up over a call or a coffee in the next few weeks?');
  return lines.join('\n');
}
