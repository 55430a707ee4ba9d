/**
 * ical.js reports a card it cannot parse in its own terms ("invalid ical body. component
 * began but did not end"). This says the same in the words of someone who exported the
 * file, and finds the line it is about.
 */
export type CardProblem = { line: number; reason: string };

/** The first line of the card (numbered from `firstLine`) holding `fragment`, else the card's first line. */
function lineHolding(cardText: string, firstLine: number, fragment: string | undefined): number {
  if (!fragment) return firstLine;
  const index = cardText.split(/\r\n|\r|\n/).findIndex((line) => line.includes(fragment));
  return index < 0 ? firstLine : firstLine + index;
}

export function describeCardProblem(message: string, cardText: string, firstLine: number): CardProblem {
  const quoted = /["']([^"']*)["']?\)?$/.exec(message)?.[1];
  if (/component began but did not end/.test(message)) {
    const inner = /^BEGIN:(?!VCARD\b).*$/im.exec(cardText)?.[0];
    return {
      line: lineHolding(cardText, firstLine, inner),
      reason: `${inner ? `"${inner.trim()}"` : 'a BEGIN: line'} opens a part of the card that never ends (no matching END:)`,
    };
  }
  if (/component ended but did not begin/.test(message)) {
    return { line: firstLine, reason: 'an END: line closes a part of the card that never began' };
  }
  if (/no token ";" or ":"/.test(message)) {
    return {
      line: lineHolding(cardText, firstLine, quoted),
      reason: `the line "${quoted}" has no ":" between the property's name and its value`,
    };
  }
  if (/no matching double quote/.test(message)) {
    return {
      line: lineHolding(cardText, firstLine, quoted),
      reason: `a quoted value on the line with "${quoted}" is never closed (a " is missing)`,
    };
  }
  if (/Invalid parameters/.test(message)) {
    return {
      line: lineHolding(cardText, firstLine, quoted),
      reason: `the line "${quoted}" has parameters that cannot be read (expected NAME=value after each ;)`,
    };
  }
  return { line: firstLine, reason: `the card that begins here cannot be read (${message.slice(0, 60)})` };
}
