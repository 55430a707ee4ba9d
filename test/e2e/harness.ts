import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createSession } from '../../src/core/auth/create-session.js';
import type { AccountDeps } from '../../src/core/auth/repo.js';
import type { Deps } from '../../src/core/repos.js';
import { ensureLocalUser } from '../../src/core/users/ensure-local-user.js';
import { type Connection, connect } from '../../src/db/connect.js';
import { createRepos } from '../../src/db/repos/index.js';
import { buildApp } from '../../src/server/app.js';
import { SESSION_COOKIE } from '../../src/server/auth/session-cookie.js';

/** Debian's chromium; `.ci/run` installs it with apt. Playwright never downloads a browser here. */
export const chromiumPath = process.env.KITH_CHROMIUM ?? '/usr/bin/chromium';
export const webBuilt = existsSync(join(import.meta.dirname, '..', '..', 'dist', 'web', 'index.html'));

/** Where the browser tests leave their screenshots (the README says so). */
export const screenshotDir = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

export const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

export type Server = {
  url: string;
  app: FastifyInstance;
  /** Use-case deps for the local owner, to arrange data the way the server sees it. */
  deps: Deps;
  accounts: AccountDeps;
  /** Headers of the local owner's browser session, for requests made outside the browser (none with `signIn`). */
  authHeaders: Record<string, string>;
  /**
   * Holds back the answer to each request `slow` picks by the milliseconds it returns (0: at
   * once), as a loaded server would; `null` answers everything at once again.
   */
  slowDown(slow: ((request: { method: string; url: string }) => number) | null): void;
  close(): Promise<void>;
};

/**
 * The local owner's session on the server a test started without `signIn: true`: each
 * page opened without a storage state of its own gets its cookie, as if already signed in.
 */
let signedIn: { url: string; cookie: string } | undefined;

/**
 * A migrated, empty SQLite file, made once per worker (test files share its modules):
 * each test's server starts on a copy, as `kith serve` starts on a data dir migrated
 * before (connecting finds it migrated). Migrating a new file was a fixed part of every
 * browser test's time.
 */
let migratedFile: Promise<string> | undefined;

function migratedSqliteFile(): Promise<string> {
  migratedFile ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kith-e2e-migrated-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'kith.db');
    // Closing checkpoints the WAL into the file, so the file alone is the whole database.
    await (await connect({ dialect: 'sqlite', file })).close();
    return file;
  })();
  return migratedFile;
}

/**
 * The real server on a temporary SQLite file, listening on a free port, needing a session
 * as `kith serve` does. By default the local owner's session is made through the use-case
 * and every page opened by `openPage` carries it; with `signIn: true` pages start signed
 * out (the sign-in tests).
 */
export async function startServer(options: { signIn?: boolean } = {}): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'kith-e2e-'));
  copyFileSync(await migratedSqliteFile(), join(dir, 'kith.db'));
  const connection: Connection = await connect({ dialect: 'sqlite', file: join(dir, 'kith.db') });
  const repos = createRepos(connection);
  const owner = await ensureLocalUser(repos.users, new Date());
  const app = await buildApp({ repos });
  let slow: ((request: { method: string; url: string }) => number) | null = null;
  app.addHook('onRequest', async (request) => {
    const delay = slow?.(request) ?? 0;
    if (delay > 0) await sleep(delay);
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  // With signIn the owner has no session yet, so local mode still offers its one-time link.
  const session = options.signIn ? undefined : await createSession({ repos, now: () => new Date() }, owner.id);
  signedIn = session === undefined ? undefined : { url, cookie: session };
  return {
    url,
    app,
    deps: { repos: repos.forOwner(owner.id), now: () => new Date() },
    accounts: { repos, now: () => new Date() },
    authHeaders: session === undefined ? {} : { cookie: `${SESSION_COOKIE}=${session}`, origin: url },
    slowDown(next) {
      slow = next;
    },
    async close() {
      signedIn = undefined;
      await app.close();
      await connection.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Debian's chromium with the flags every browser test uses, and any a test adds (a fake camera). */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export async function openPage(
  browser: Browser,
  viewport: { width: number; height: number } = viewports.desktop,
  /**
   * bypassCSP lets a test inject a checker (axe-core) the page's own policy would refuse.
   * serviceWorkers: blocked unless a test allows it (the offline test): the worker
   * precaches the whole app on a context's first page, which no other test needs.
   */
  options: {
    colorScheme?: 'light' | 'dark';
    storageState?: StorageState;
    bypassCSP?: boolean;
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport,
    // Dates and months read the same on any machine (the app writes them in the browser's language).
    locale: 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    storageState: options.storageState,
    bypassCSP: options.bypassCSP ?? false,
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  if (signedIn && !options.storageState) {
    await context.addCookies([{ name: SESSION_COOKIE, value: signedIn.cookie, url: signedIn.url }]);
  }
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, errors };
}

/** Saves `name` at both sizes the README promises, 1280x800 and 390x844, signed in as storageState is. */
export async function screenshotBoth(
  browser: Browser,
  url: string,
  name: string,
  ready: (page: Page) => Promise<void>,
  storageState?: StorageState,
) {
  mkdirSync(screenshotDir, { recursive: true });
  for (const [size, viewport] of Object.entries(viewports)) {
    const { context, page } = await openPage(browser, viewport, { storageState });
    await page.goto(url);
    await ready(page);
    await page.screenshot({ path: join(screenshotDir, `${name}-${size}.png`), fullPage: false });
    await context.close();
  }
}

/**
 * A failed test's pages as they were: each one's address on the console and a screenshot
 * under test-results/failures, so a failure in CI says what the browser showed (a page
 * that never drew, or a redirect to sign-in) and not only which wait ran out.
 */
async function keepFailedPages(browser: Browser, testName: string): Promise<void> {
  const dir = join(screenshotDir, '..', 'failures');
  mkdirSync(dir, { recursive: true });
  const pages = browser.contexts().flatMap((context) => context.pages());
  for (const [index, page] of pages.entries()) {
    const name = `${testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)}-${index}.png`;
    const shot = await page.screenshot({ path: join(dir, name), timeout: 10_000 }).then(
      () => join(dir, name),
      (error: Error) => `no screenshot (${error.message.split('\n')[0]})`,
    );
    const text = await page
      .evaluate('document.body?.innerText.replace(/\\s+/g, " ").slice(0, 300)')
      .catch((error: Error) => `unreadable (${error.message.split('\n')[0]})`);
    console.error(`Failed test "${testName}": page ${index} at ${page.url()}: ${shot}\n  it read: ${text}`);
  }
}

/** Why the browser tests cannot run here, or undefined when chromium is installed. */
function browserMissing(): string | undefined {
  if (existsSync(chromiumPath)) return undefined;
  return `no Chromium at ${chromiumPath} (apt-get install chromium, or set KITH_CHROMIUM)`;
}

let warned = false;

function warnSkipped(reason: string): void {
  if (warned) return;
  warned = true;
  console.warn(`Browser tests skipped: ${reason}.`);
}

export type BrowserTests = {
  /** The shared headless chromium, launched once for the file. */
  readonly browser: Browser;
  /** A fresh server (its own SQLite file) for each test. */
  readonly server: Server;
};

/**
 * Registers a browser test file's hooks: one chromium for the file, a fresh server for
 * each test, both closed afterwards. Call inside `describe`; read the handles in tests
 * (they are set by the hooks, so not before a test runs).
 */
export function useBrowserTests(options: { signIn?: boolean } = {}): BrowserTests {
  let browser: Browser | undefined;
  let server: Server | undefined;
  const missing = browserMissing();
  if (missing) {
    // A laptop without Chromium skips these tests and says why, as the PostgreSQL
    // suites do; CI sets KITH_REQUIRE_BROWSER=1, so there a missing browser fails.
    beforeAll(() => {
      if (process.env.KITH_REQUIRE_BROWSER === '1') throw new Error(`${missing} (KITH_REQUIRE_BROWSER=1)`);
      warnSkipped(missing);
    });
    beforeEach((context) => context.skip(`browser test skipped: ${missing}`));
  }
  beforeAll(async () => {
    if (missing) return;
    if (!webBuilt) throw new Error('dist/web is missing: run `npm run build` first');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (missing) return;
    server = await startServer(options);
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && browser) await keepFailedPages(browser, task.name);
    await server?.close();
    server = undefined;
  });
  return {
    get browser() {
      if (!browser) throw new Error('The browser starts in beforeAll: use it inside a test');
      return browser;
    },
    get server() {
      if (!server) throw new Error('The server starts in beforeEach: use it inside a test');
      return server;
    },
  };
}
