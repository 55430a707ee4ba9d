/**
 * `npm run bench -- introductions`: whether kith's introduction suggestions pair a need
 * with an offer that meets it, on hand-graded pairs (bench/introductions/pairs.ts): kith's
 * needMeetsOffer at its threshold against a baseline of shared words, each half apart.
 * Half B is held out: changes are made looking at half A's rows only.
 */
import { MIN_STRENGTH, needMeetsOffer } from '../src/core/introductions/suggest-pairs.js';
import { buildProfile, type MatchablePerson } from '../src/core/matching/profile.js';
import { type LabelledPair, pairs } from './introductions/pairs.js';

const someone = (id: string, needs: string[], offers: string[]): MatchablePerson => ({
  id,
  displayName: id,
  archived: false,
  title: null,
  company: null,
  industry: null,
  notes: null,
  topics: [],
  needs,
  offers,
});

function kithMeets(pair: LabelledPair): boolean {
  const need = buildProfile(someone('a', [pair.need], [])).needs[0];
  const offer = buildProfile(someone('b', [], [pair.offer])).offers[0];
  return need !== undefined && offer !== undefined && needMeetsOffer(need, offer) >= MIN_STRENGTH;
}

/** The baseline: the need and the offer share a word of four letters or more. */
function sharedWord(pair: LabelledPair): boolean {
  const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const offered = words(pair.offer);
  return [...words(pair.need)].some((word) => offered.has(word));
}

type Score = { right: number; precision: number; recall: number };

function score(graded: readonly LabelledPair[], says: (pair: LabelledPair) => boolean): Score {
  let truePositives = 0;
  let said = 0;
  let right = 0;
  for (const pair of graded) {
    const yes = says(pair);
    if (yes) said++;
    if (yes && pair.meets) truePositives++;
    if (yes === pair.meets) right++;
  }
  const meeting = graded.filter((pair) => pair.meets).length;
  return { right: right / graded.length, precision: said ? truePositives / said : 1, recall: truePositives / meeting };
}

const words = (s: Score) =>
  `${(s.right * 100).toFixed(0)}% right, precision ${s.precision.toFixed(2)}, recall ${s.recall.toFixed(2)}`;

export async function run(): Promise<void> {
  process.stdout.write('does a need meet an offer? (hand-graded pairs)\n');
  process.stdout.write('half A, pair by pair (tuned on):\n');
  for (const pair of pairs.filter((p) => p.half === 'A')) {
    const kith = kithMeets(pair);
    const mark = kith === pair.meets ? ' ' : '✗';
    process.stdout.write(
      `  ${mark} ${pair.meets ? 'meets  ' : 'doesn’t'} kith ${kith ? 'yes' : 'no '}  "${pair.need}" / "${pair.offer}"\n`,
    );
  }
  for (const half of ['A', 'B'] as const) {
    const graded = pairs.filter((pair) => pair.half === half);
    const kith = score(graded, kithMeets);
    const baseline = score(graded, sharedWord);
    process.stdout.write(
      `half ${half}${half === 'B' ? ' (held out)' : ' (tuned on)'}, ${graded.length} pairs: kith ${words(kith)} | shared word ${words(baseline)}\n` +
        `  target: kith right more often than the baseline: ${kith.right > baseline.right ? 'met' : 'MISSED'}\n`,
    );
  }
}
