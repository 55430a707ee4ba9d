import { DORMANT, type Interest, meets } from '../keep-in-touch/dormant.js';
import { addDays, monthWords } from '../shared/dates.js';
import { searchTerms } from '../shared/text.js';

/** What the list knows of someone in your network who is on an attendee list. */
export type KnownAttendee = {
  needs: readonly string[];
  topics: readonly string[];
  /** The last day you were in touch (null: never logged). */
  lastSpokeOn: string | null;
  /** Recorded as attending this event: someone you planned to meet there. */
  planned: boolean;
};

function follows(interest: Interest): string {
  return interest.item ? `you saved “${interest.item}”` : `you follow ${interest.label}`;
}

/**
 * Why to find someone you know at the event, strongest first: someone you planned to meet
 * there, a need of theirs that meets what you follow or saved (something to give), a
 * dormant tie (long quiet after being in touch), a topic you share.
 */
export function reasonsToFind(person: KnownAttendee, interests: readonly Interest[], today: string): string[] {
  const reasons: string[] = [];
  if (person.planned) reasons.push('you planned to meet them here');
  for (const need of person.needs) {
    const interest = interests.find((candidate) => meets(need, candidate.label));
    if (interest) {
      reasons.push(`they are looking for ${need}: ${follows(interest)}`);
      break;
    }
  }
  if (person.lastSpokeOn && person.lastSpokeOn <= addDays(today, -DORMANT.silentDays)) {
    reasons.push(`a dormant tie: you last spoke in ${monthWords(person.lastSpokeOn)}`);
  }
  for (const topic of person.topics) {
    const interest = interests.find((candidate) => meets(topic, candidate.label));
    if (interest) {
      reasons.push(`they work on ${topic}: ${follows(interest)}`);
      break;
    }
  }
  return reasons;
}

/** Whether a stranger's title or company meets one of your topics: why to find them, if so. */
export function strangerReasons(
  attendee: { title: string | null; company: string | null },
  interests: readonly Interest[],
): string[] {
  const words = new Set(searchTerms(`${attendee.title ?? ''} ${attendee.company ?? ''}`));
  if (words.size === 0) return [];
  const interest = interests.find((candidate) => {
    const terms = searchTerms(candidate.label);
    return terms.length > 0 && terms.every((term) => words.has(term));
  });
  if (!interest) return [];
  return [
    interest.item ? `their work meets “${interest.item}” you saved` : `works on ${interest.label}, which you follow`,
  ];
}
