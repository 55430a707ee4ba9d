import { availableParallelism, loadavg } from 'node:os';
import { generateNetwork } from '../src/core/demo/generate-network.js';
import { type MatchableItem, rankPeopleForItem } from '../src/core/matching/match-item.js';
import type { MatchablePerson } from '../src/core/matching/profile.js';
import { buildPerson } from '../src/core/people/create-person.js';
import { bm25Rank } from './give-first/bm25.js';
import { toItem, toPerson } from './give-first/convert.js';
import { items } from './give-first/items.js';
import { ndcgAt, precisionAt } from './give-first/metrics.js';
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

function quality(): void {
  const network = people.map(toPerson);
  const documents = network.map((person) => ({ id: person.id, text: personDocument(person) }));
  const rows: { id: string; ndcg: number; p3: number; baseNdcg: number; baseP3: number }[] = [];
  for (const labelled of items) {
    const item = toItem(labelled);
    const ranked = rankPeopleForItem(network, item).map((s) => s.id);
    const baseline = bm25Rank(
      documents,
      [item.title, item.role, item.company, item.location, item.text].filter(Boolean).join('\n'),
    );
    rows.push({
      id: labelled.id,
      ndcg: ndcgAt(5, ranked, labelled.relevant),
      p3: precisionAt(3, ranked, labelled.relevant),
      baseNdcg: ndcgAt(5, baseline, labelled.relevant),
      baseP3: precisionAt(3, baseline, labelled.relevant),
    });
  }
  const mean = (key: keyof (typeof rows)[number]) => rows.reduce((sum, row) => sum + Number(row[key]), 0) / rows.length;
  process.stdout.write(`labelled set: ${people.length} people, ${items.length} items\n`);
  process.stdout.write(`${'item'.padEnd(26)} nDCG@5  P@3   | BM25 nDCG@5  P@3\n`);
  for (const row of rows) {
    process.stdout.write(
      `${row.id.padEnd(26)} ${row.ndcg.toFixed(3)}   ${row.p3.toFixed(2)}  | ${row.baseNdcg.toFixed(3)}        ${row.baseP3.toFixed(2)}\n`,
    );
  }
  process.stdout.write(
    `${'mean'.padEnd(26)} ${mean('ndcg').toFixed(3)}   ${mean('p3').toFixed(2)}  | ${mean('baseNdcg').toFixed(3)}        ${mean('baseP3').toFixed(2)}\n`,
  );
  process.stdout.write(
    `matcher vs BM25: nDCG@5 ${mean('ndcg').toFixed(3)} vs ${mean('baseNdcg').toFixed(3)} (x${(mean('ndcg') / mean('baseNdcg')).toFixed(2)}), P@3 ${mean('p3').toFixed(2)} vs ${mean('baseP3').toFixed(2)}\n`,
  );
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
