/**
 * What a next-morning follow-up is built from: the event, what they are looking for, what
 * fits them. Not your note of the meeting: it is yours, written for you, and shown beside
 * the draft (web, CLI) for you to draw on in your own words.
 */
export type FollowUpDraftInput = {
  firstName: string;
  eventName: string;
  /** Met the day before the draft is read: "yesterday", else the event's name alone. */
  metYesterday: boolean;
  /** Something they are looking for. */
  need: string | null;
  /** A saved item that fits them. */
  item: { title: string; url: string | null } | null;
};

/**
 * A need as something they told you, for "You mentioned you …": "are looking for
 * cold-chain carriers", "are hiring demand planners", "want to move to Lisbon".
 */
function mentionedNeed(need: string): string {
  const text = need.trim();
  if (/^(looking|seeking|searching|hiring|open to)\b/i.test(text)) return `are ${text}`;
  const wants = /^(want|need)s?\s+(.*)$/i.exec(text);
  if (wants) return `${wants[1]?.toLowerCase()} ${wants[2]}`;
  if (/^to\s/i.test(text)) return `want ${text}`;
  return `are looking for ${text}`;
}

/**
 * A follow-up message to copy or send yourself (kith never sends it): where you met, the
 * need they mentioned, and something saved that fits them, given first.
 */
export function draftFollowUp(input: FollowUpDraftInput): string {
  const lines = [`Hi ${input.firstName},`, ''];
  const when = input.metYesterday ? ' yesterday' : '';
  lines.push(`It was good to meet you at ${input.eventName}${when}, and I enjoyed our conversation.`);
  if (input.need) {
    lines.push(
      '',
      `You mentioned you ${mentionedNeed(input.need)}; I will keep it in mind and let you know if I hear of something.`,
    );
  }
  if (input.item) {
    lines.push('', `I thought you might like this: ${input.item.title}${input.item.url ? ` (${input.item.url})` : ''}`);
  }
  lines.push('', 'I hope we stay in touch.');
  return lines.join('\n');
}
