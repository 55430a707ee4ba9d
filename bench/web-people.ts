/**
 * Issue 7's measure of "the people list renders 10,000 people and filters as you type
 * smoothly": 10,000 generated people on a temporary SQLite file, the real server and
 * the built web UI in Debian's chromium. Prints the time to the first rows, to scroll
 * through all 10,000, how many rows are in the DOM (virtualized), and from the last
 * keystroke of a search to the rendered filtered list (performance marks set by the
 * page), with the longest main-thread task while typing.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createSession } from '../src/core/auth/create-session.js';
import { generateNetwork } from '../src/core/demo/generate-network.js';
import { createPeople } from '../src/core/people/create-people.js';
import { ensureLocalUser } from '../src/core/users/ensure-local-user.js';
import { connect } from '../src/db/connect.js';
import { createRepos } from '../src/db/repos/index.js';
import { buildApp } from '../src/server/app.js';
import { SESSION_COOKIE } from '../src/server/auth/session-cookie.js';
import { findWebRoot } from '../src/server/web.js';
import { workerThreads } from '../src/threads/off-thread.js';
import { formatMs, median, percentile } from './stats.js';

const PEOPLE = Number(process.env.KITH_BENCH_WEB_PEOPLE ?? 10_000);
const SEARCHES = 30;
const chromiumPath = process.env.KITH_CHROMIUM ?? '/usr/bin/chromium';

export async function run(): Promise<void> {
  const webRoot = findWebRoot();
  if (!webRoot || !existsSync(chromiumPath)) {
    process.stdout.write(`skipped: needs the built web UI (npm run build) and ${chromiumPath}\n`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'kith-bench-web-'));
  const connection = await connect({ dialect: 'sqlite', file: join(dir, 'kith.db') });
  const repos = createRepos(connection);
  const owner = await ensureLocalUser(repos.users, new Date());
  const network = generateNetwork({ people: PEOPLE, seed: 7 });
  await createPeople({ repos: repos.forOwner(owner.id), now: () => new Date(), offThread: workerThreads() }, network);
  const app = await buildApp({ repos, webRoot });
  const session = await createSession({ repos, now: () => new Date() }, owner.id);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addCookies([{ name: SESSION_COOKIE, value: session, url }]);
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);

    let start = performance.now();
    await page.goto(`${url}/people`);
    await page.locator('.person-row').first().waitFor();
    const firstRows = performance.now() - start;

    start = performance.now();
    const countText = page.locator('.list-count');
    while (!(await countText.textContent())?.startsWith(`${PEOPLE} people`)) {
      await page.mouse.wheel(0, 200_000);
      await page.waitForTimeout(50);
    }
    const allLoaded = performance.now() - start;
    const domRows = await page.locator('.person-row').count();

    await page.evaluate(`(() => {
      window.__longest = 0;
      window.__longTasks = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          window.__longTasks += 1;
          window.__longest = Math.max(window.__longest, entry.duration);
        }
      }).observe({ type: 'longtask', buffered: false });
    })()`);

    // Realistic searches: the first letters of a family name or a company, typed at ~10 keys a second.
    const terms = network.slice(0, SEARCHES).map((person, index) => {
      const source = index % 2 === 0 ? (person.familyName ?? person.displayName) : (person.company ?? 'a');
      return source.slice(0, 3 + (index % 3)).toLowerCase();
    });
    const search = page.getByRole('searchbox', { name: 'Search people' });
    const samples: number[] = [];
    for (const term of terms) {
      const before = Number(await page.evaluate(`performance.getEntriesByName('kith:people-filter').length`));
      await search.fill('');
      await search.pressSequentially(term, { delay: 100 });
      // A function, not a string: the page's CSP (script-src 'self') forbids evaluating strings.
      await page.waitForFunction((count) => performance.getEntriesByName('kith:people-filter').length > count, before);
      const last = await page.evaluate(`performance.getEntriesByName('kith:people-filter').at(-1).duration`);
      samples.push(Number(last));
    }
    const longest = Number(await page.evaluate('window.__longest'));
    const longTasks = Number(await page.evaluate('window.__longTasks'));

    process.stdout.write(`people: ${PEOPLE}, SQLite, chromium 1280x800\n`);
    process.stdout.write(`first rows rendered after navigation: ${formatMs(firstRows)}\n`);
    process.stdout.write(
      `scrolled through all ${PEOPLE} (pages of 500): ${formatMs(allLoaded)}; rows in the DOM: ${domRows}\n`,
    );
    process.stdout.write(
      `last keystroke → filtered list rendered (${samples.length} searches, includes the 120 ms debounce): ` +
        `p50 ${formatMs(median(samples))}, p95 ${formatMs(percentile(samples, 95))}, max ${formatMs(Math.max(...samples))}\n`,
    );
    process.stdout.write(
      `main-thread tasks over 50 ms while typing: ${longTasks}${longTasks ? `, longest ${formatMs(longest)}` : ''}\n`,
    );
  } finally {
    await browser.close();
    await app.close();
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
