import { daysBetween } from '../shared/dates.js';
import { monthDayWords, monthWords } from './today-picks.js';

/** What a reconnection opener is built from: the last conversation and what you share. */
export type DraftInput = {
  firstName: string;
  today: string;
  lastInteraction: { occurredOn: string; summary: string; notes: string | null } | null;
  /** An event you both go to: upcoming (`planned`) or one you were both at. */
  sharedEvent: { name: string; startsOn: string; upcoming: boolean } | null;
  /** An organization you are a member of and they belong to. */
  sharedOrganization: { name: string } | null;
};

/** A conversation fewer days ago than this is followed up on, not reconnected after "a while". */
const RECENT_DAYS = 30;

/** The longest quote of a note the draft carries: a sentence or two, not the whole record. */
const QUOTE_AT_MOST = 200;

/** The note as a short quote: its first sentences up to the limit, else cut at a word. */
export function quoteOf(note: string): string {
  const flat = note.replace(/\s+/g, ' ').trim();
  if (flat.length <= QUOTE_AT_MOST) return flat;
  const sentences = flat.match(/[^.!?]+[.!?]+/g) ?? [];
  let quote = '';
  for (const sentence of sentences) {
    if ((quote + sentence).length > QUOTE_AT_MOST) break;
    quote += sentence;
  }
  if (quote.trim()) return quote.trim();
  return `${flat.slice(0, QUOTE_AT_MOST).replace(/\s+\S*$/, '')}…`;
}

/** The note quoted as a sentence of the draft: a full stop after the quote when the note ends without one. */
function quoted(note: string): string {
  const quote = quoteOf(note);
  return /[.!?…]$/.test(quote) ? `“${quote}”` : `“${quote}”.`;
}

/**
 * A reconnection opener to copy or send yourself (kith never sends it): it recalls the
 * last conversation in the person's own terms (the note, quoted) and what you share. A
 * conversation of the last few weeks is followed up on instead ("Following up on…").
 */
export function draftOpener(input: DraftInput): string {
  const { lastInteraction, sharedEvent, sharedOrganization } = input;
  const lines = [`Hi ${input.firstName},`, ''];
  const note = lastInteraction ? lastInteraction.notes?.trim() || lastInteraction.summary.trim() : '';
  const pastEvent = sharedEvent && !sharedEvent.upcoming ? sharedEvent : null;
  const daysSince = lastInteraction ? daysBetween(lastInteraction.occurredOn, input.today) : null;
  if (lastInteraction && note && daysSince !== null && daysSince < RECENT_DAYS) {
    const when =
      daysSince <= 0
        ? 'earlier today'
        : daysSince === 1
          ? 'yesterday'
          : `on ${monthDayWords(lastInteraction.occurredOn)}`;
    lines.push(
      `Following up on what we talked about ${when}: ${quoted(note)}` +
        (daysSince > 1 ? ' How has that gone since?' : ''),
    );
  } else if (lastInteraction && note) {
    const when = monthWords(lastInteraction.occurredOn);
    lines.push(
      `It has been a while since ${pastEvent ? `${pastEvent.name}, and since we last spoke in ${when}` : `we last spoke, in ${when}`}. ` +
        `I was thinking of what we talked about then: ${quoted(note)} How has that gone since?`,
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
