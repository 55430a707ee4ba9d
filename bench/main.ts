/**
 * `npm run bench [-- NAME...]`: runs every benchmark (or the named ones) in turn; each
 * prints its own figures, beside a baseline measured in the same run where it has one.
 */
import { run as dedupeBench } from './dedupe.js';
import { run as importBench } from './import.js';

type Bench = { name: string; run: () => Promise<void> };

const benches: Bench[] = [
  { name: 'people', run: async () => (await import('./people.js')).run() },
  { name: 'give-first', run: async () => (await import('./give-first.js')).run() },
  { name: 'give-first-speed', run: async () => (await import('./give-first-speed.js')).run() },
  { name: 'introductions', run: async () => (await import('./introductions.js')).run() },
  { name: 'http', run: async () => (await import('./http.js')).run() },
  { name: 'import', run: importBench },
  { name: 'dedupe', run: dedupeBench },
  { name: 'today', run: async () => (await import('./today.js')).run() },
  { name: 'events', run: async () => (await import('./events.js')).run() },
  { name: 'web-people', run: async () => (await import('./web-people.js')).run() },
  { name: 'cli', run: async () => (await import('./cli.js')).run() },
  { name: 'search', run: async () => (await import('./search.js')).run() },
  { name: 'carddav', run: async () => (await import('./carddav.js')).run() },
];

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
for (const bench of benches) {
  if (wanted.length > 0 && !wanted.includes(bench.name)) continue;
  process.stdout.write(`\n== ${bench.name} ==\n`);
  await bench.run();
}
