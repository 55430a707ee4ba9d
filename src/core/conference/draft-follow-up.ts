import { quoteOf } from '../keep-in-touch/draft.js';

/** What a next-morning follow-up is built from: the event, what you noted, what fits them. */
export type FollowUpDraftInput = {
  firstName: string;
  eventName: string;
  /** Met the day before the draft is read: "yesterday", else the event's name alone. */
  metYesterday: boolean;
  /** What you noted when you met them (the topic you talked about). */
  note: string | null;
  /** Something they are looking for. */
  need: string | null;
  /** A saved item that fits them. */
  item: { title: string; url: string | null } | null;
};

/**
 * A follow-up message to copy or send yourself (kith never sends it): where you met, in
 * their terms what you talked about, the need they mentioned, and something saved that
 * fits them, given first.
 */
export function draftFollowUp(input: FollowUpDraftInput): string {
  const lines = [`Hi ${input.firstName},`, ''];
  const when = input.metYesterday ? ' yesterday' : '';
  const note = input.note?.trim();
  lines.push(
    note
      ? `It was good to meet you at ${input.eventName}${when}. I enjoyed our conversation: “${quoteOf(note)}”`
      : `It was good to meet you at ${input.eventName}${when}, and I enjoyed our conversation.`,
  );
  if (input.need) {
    lines.push(
      '',
      `You mentioned you are looking for ${input.need}; I will keep it in mind and let you know if I hear of something.`,
    );
  }
  if (input.item) {
    lines.push('', `I thought you might like this: ${input.item.title}${input.item.url ? ` (${input.item.url})` : ''}`);
  }
  lines.push('', 'I hope we stay in touch.');
  return lines.join('\n');
}
