import { availableParallelism, loadavg } from 'node:os';
import { generateNetwork } from '../src/core/demo/generate-network.js';
import { type MatchableItem, rankPeopleForItem } from '../src/core/matching/match-item.js';
import type { MatchablePerson } from '../src/core/matching/profile.js';
import { buildPerson } from '../src/core/people/create-person.js';
import { bm25Rank } from './give-first/bm25.js';
import { toItem, toPerson } from './give-first/convert.js';
import { HALF_RULE, type Half, halfOf, TUNED_ON } from './give-first/halves.js';
import { items } from './give-first/items.js';
import { ndcgAt, precisionAt } from './give-first/metrics.js';
import { overlapRank } from './give-first/overlap.js';
import { people } from './give-first/people.js';
import { formatMs, median, percentile } from './stats.js';

function personDocument(person: MatchablePerson): string {
  return [
    person.title,
    person.company,
    person.industry,
    person.notes,
    ...person.topics,
    ...person.offers,
    ...person.needs,
  ]
    .filter(Boolean)
    .join(' \n ');
}

type Scorer = 'kith' | 'overlap' | 'bm25';
const scorers: readonly Scorer[] = ['kith', 'overlap', 'bm25'];
type Row = { id: string; half: Half } & Record<Scorer, { ndcg: number; p3: number }>;

function quality(): void {
  const network = people.map(toPerson);
  const documents = network.map((person) => ({ id: person.id, text: personDocument(person) }));
  const rows: Row[] = [];
  for (const labelled of items) {
    const item = toItem(labelled);
    const query = [item.title, item.role, item.company, item.location, item.text].filter(Boolean).join('\n');
    const rankings: Record<Scorer, string[]> = {
      kith: rankPeopleForItem(network, item).map((s) => s.id),
      overlap: overlapRank(network, query),
      bm25: bm25Rank(documents, query),
    };
    const measure = (ranked: string[]) => ({
      ndcg: ndcgAt(5, ranked, labelled.relevant),
      p3: precisionAt(3, ranked, labelled.relevant),
    });
    rows.push({
      id: labelled.id,
      half: halfOf(labelled),
      kith: measure(rankings.kith),
      overlap: measure(rankings.overlap),
      bm25: measure(rankings.bm25),
    });
  }
  const industries = new Set(people.map((person) => person.industry).filter(Boolean)).size;
  process.stdout.write(`labelled set: ${people.length} people in ${industries} industries, ${items.length} items\n`);
  process.stdout.write(
    `halves by item (${HALF_RULE}); kith was tuned by looking at half ${TUNED_ON} only: half ${TUNED_ON === 'A' ? 'B' : 'A'} is held out\n`,
  );
  const cell = (value: { ndcg: number; p3: number }) => `${value.ndcg.toFixed(3)} ${value.p3.toFixed(2)}`.padEnd(14);
  process.stdout.write(
    `${'item'.padEnd(28)} half  ${scorers.map((name) => `${name} nDCG@5 P@3`.padEnd(22)).join('')}\n`,
  );
  // Per-item rows only for the half tuned on: the held-out half's are not to be read while tuning.
  for (const row of rows.filter((entry) => entry.half === TUNED_ON)) {
    process.stdout.write(
      `${row.id.padEnd(28)} ${row.half}     ${scorers.map((name) => cell(row[name]).padEnd(22)).join('')}\n`,
    );
  }
  for (const half of ['A', 'B'] as const) {
    const inHalf = rows.filter((row) => row.half === half);
    const mean = (name: Scorer, key: 'ndcg' | 'p3') =>
      inHalf.reduce((sum, row) => sum + row[name][key], 0) / inHalf.length;
    const label = half === TUNED_ON ? 'tuned on' : 'held out';
    process.stdout.write(
      `half ${half} (${label}, ${inHalf.length} items): ${scorers
        .map((name) => `${name} nDCG@5 ${mean(name, 'ndcg').toFixed(3)} P@3 ${mean(name, 'p3').toFixed(2)}`)
        .join(' | ')}\n`,
    );
    const beats = scorers.slice(1).every((name) => mean('kith', 'ndcg') > mean(name, 'ndcg'));
    process.stdout.write(`  kith beats both baselines on nDCG@5: ${beats ? 'yes' : 'NO'}\n`);
  }
}

function speed(): void {
  const size = 10_000;
  const now = new Date();
  const network = generateNetwork({ people: size, seed: 42 }).map((input) => buildPerson(input, now));
  const cases = items.map(toItem);
  const runs = 40;
  const whole: number[] = [];
  const cpu: number[] = [];
  // one warm-up pass, so the figures are for a running server, not a cold start
  rankPeopleForItem(network, cases[0] as MatchableItem);
  for (let run = 0; run < runs; run++) {
    const item = cases[run % cases.length] as MatchableItem;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    rankPeopleForItem(network, item, { limit: 10 });
    whole.push(performance.now() - start);
    const cpuUsed = process.cpuUsage(cpuStart);
    cpu.push((cpuUsed.user + cpuUsed.system) / 1000);
  }
  process.stdout.write(
    `\nmatching one item against ${size.toLocaleString('en')} generated people, ${runs} runs over ${cases.length} items\n`,
  );
  process.stdout.write(
    `  per request (item profile, every person scored, top 10): median ${formatMs(median(whole))}, p95 ${formatMs(percentile(whole, 95))}, fastest ${formatMs(percentile(whole, 0))} (target p95 <= 50 ms)\n`,
  );
  // On a shared machine wall time includes waiting for a core; CPU time is the work itself.
  process.stdout.write(
    `  CPU time per request: median ${formatMs(median(cpu))}, p95 ${formatMs(percentile(cpu, 95))}; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores\n`,
  );
}

export async function run(): Promise<void> {
  quality();
  speed();
}
