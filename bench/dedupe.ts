import { findDuplicates } from '../src/core/dedupe/find-duplicates.js';
import { buildLabelledSet, pairKey } from '../test/support/near-duplicates.js';
import { median } from './stats.js';

const PEOPLE = 100_000;
const LABELLED = 10_000;
const RUNS = 2;

/**
 * Dedupe of 100,000 generated people (target ≤ 10 s), and precision and recall on a
 * labelled set of 10,000 people with their near-duplicates (targets ≥ 0.95 at ≥ 0.9).
 */
export async function run(): Promise<void> {
  const large = buildLabelledSet({ people: Math.round(PEOPLE / 1.265), seed: 7 }).people.slice(0, PEOPLE);
  const times: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const start = performance.now();
    findDuplicates(large);
    times.push(performance.now() - start);
  }
  const ms = median(times);
  console.log(
    `dedupe of ${large.length.toLocaleString('en-US')} people: ${(ms / 1000).toFixed(2)} s (median of ${RUNS})`,
  );
  console.log(`target ≤ 10 s: ${ms <= 10_000 ? 'met' : 'MISSED'}`);

  const labelled = buildLabelledSet({ people: LABELLED, seed: 42 });
  const pairs = findDuplicates(labelled.people);
  const found = new Set(pairs.map((pair) => pairKey(pair.aId, pair.bId)));
  const truePositives = [...found].filter((key) => labelled.duplicates.has(key)).length;
  const precision = truePositives / found.size;
  const recall = truePositives / labelled.duplicates.size;
  console.log(
    `labelled set: ${labelled.people.length} people, ${labelled.duplicates.size} true pairs; reported ${found.size}`,
  );
  console.log(`precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
  console.log(`targets precision ≥ 0.95 at recall ≥ 0.9: ${precision >= 0.95 && recall >= 0.9 ? 'met' : 'MISSED'}`);
}
