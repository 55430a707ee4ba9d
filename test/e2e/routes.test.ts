import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, screenshotDir, useBrowserTests, viewports } from './harness.js';

/** Every screen, with the demo network and one event, organization and item to open. */
async function arrange(url: string, auth: Record<string, string>): Promise<string[]> {
  const post = async <T>(path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${url}/api/v1${path}`, {
      method: 'POST',
      headers: body === undefined ? auth : { ...auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  await post('/demo');
  const today = new Date().toISOString().slice(0, 10);
  const org = await post<{ id: string }>('/organizations', {
    name: 'Council of Supply Chain Professionals',
    kind: 'professional_body',
  });
  const event = await post<{ id: string }>('/events', {
    name: 'ProMat 2026 — the material handling and supply chain show',
    kind: 'convention',
    startsOn: today,
    organizationId: org.id,
    location: 'McCormick Place, Chicago',
  });
  // A pasted page with an unbroken 300-character link: the item page must still fit a phone.
  const longLink = `https://example.com/${'warehouse-robotics-'.repeat(16)}`;
  const item = await post<{ id: string }>('/items', {
    html: `<html><head><title>Robots in the warehouse</title></head><body><article><h1>Robots in the warehouse</h1><p>Read ${longLink} for the whole study of warehouse robotics, sponsorship and supply chain planning across forty sites.</p></article></body></html>`,
  });
  const people = (await (await fetch(`${url}/api/v1/people?limit=1`, { headers: auth })).json()) as {
    items: { id: string }[];
  };
  return [
    '/today',
    '/reminders',
    '/people',
    '/people/new',
    `/people/${people.items[0]?.id}`,
    '/capture',
    '/events',
    `/events/${event.id}`,
    '/organizations',
    `/organizations/${org.id}`,
    '/give',
    `/give/items/${item.id}`,
    '/give/introductions',
    '/import',
    '/health',
    '/settings',
    '/sync',
  ];
}

/** Run in the page: controls under 44 px high, and whether the bottom bar covers the end of the page. */
const layoutProblems = `(() => {
  const found = [];
  const controls = document.querySelectorAll(
    'main button, main select, main input:not([type=checkbox]):not([type=radio]), main .button, nav a',
  );
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    if (box.height > 0 && box.height < 44) found.push(control.outerHTML.slice(0, 80) + ' is ' + box.height + ' px high');
  }
  window.scrollTo(0, document.documentElement.scrollHeight);
  const nav = document.querySelector('nav[aria-label="Main"]')?.getBoundingClientRect();
  const last = document.querySelector('main')?.lastElementChild?.getBoundingClientRect();
  if (nav && last && last.bottom > nav.top) found.push('the bottom bar covers the page end');
  return found;
})()`;

/** axe-core's browser bundle, injected into each page. */
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const slug = (route: string) =>
  route
    .replace(/\/[0-9a-z]{26}/gi, '/one')
    .replaceAll('/', '-')
    .slice(1);

describe('web UI: every route', () => {
  const e2e = useBrowserTests();

  it('fits a 360 px phone and a 720 px tablet on every route, has a title per page and no axe-core violations, and is screenshotted at phone and desktop sizes', async () => {
    const routes = await arrange(e2e.server.url, e2e.server.authHeaders);
    // 720 px is the narrowest top bar: six tabs and the account beside them.
    const sizes = { ...viewports, small: { width: 360, height: 740 }, tablet: { width: 720, height: 900 } };
    const wide: string[] = [];
    const inaccessible: string[] = [];
    // The sizes go side by side, each in its own context: most of a route's time is waiting
    // for the network to go quiet, which they then wait out together.
    const walk = async ([size, viewport]: [string, { width: number; height: number }]) => {
      const { context, page, errors } = await openPage(e2e.browser, viewport, { bypassCSP: true });
      for (const route of routes) {
        await page.goto(`${e2e.server.url}${route}`);
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        const heading = (await page.locator('main h1').first().textContent())?.trim();
        expect(await page.title(), route).toBe(`${heading} · kith`);
        const { scrollWidth, innerWidth } = await page.evaluate<{ scrollWidth: number; innerWidth: number }>(
          '({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })',
        );
        if (scrollWidth > innerWidth) wide.push(`${route} at ${size}: ${scrollWidth} > ${innerWidth}`);
        if (size === 'phone' || size === 'small') {
          // Controls (not links inside text) are at least 44 px high, and the bottom bar covers nothing.
          const problems = await page.evaluate<string[]>(layoutProblems);
          wide.push(...problems.map((problem) => `${route} at ${size}: ${problem}`));
        }
        // axe-core on every route at desktop size; at phone size on the first route only, for
        // the phone's own shell (the bottom bar): a page's content is the same at both sizes,
        // and axe is most of this test's time.
        if (size === 'desktop' || (size === 'phone' && route === routes[0])) {
          await page.addScriptTag({ path: axePath });
          const axe = await page.evaluate<{ passes: number; violations: string[] }>(
            `axe.run(document).then((result) => ({ passes: result.passes.length, violations: result.violations.map((v) => v.id + ' (' + v.nodes.length + '): ' + v.nodes[0].target.join(' ') + ' ' + v.nodes[0].failureSummary) }))`,
          );
          // axe ran its checks (many rules pass on any page), and none failed.
          expect(axe.passes, route).toBeGreaterThan(10);
          const violations = axe.violations;
          inaccessible.push(...violations.map((violation) => `${route} at ${size}: ${violation}`));
        }
        if (size === 'desktop' || size === 'phone') {
          await page.screenshot({ path: join(screenshotDir, `route-${slug(route)}-${size}.png`), fullPage: true });
        }
      }
      expect(errors, size).toEqual([]);
      await context.close();
    };
    await Promise.all(Object.entries(sizes).map(walk));
    expect(wide).toEqual([]);
    expect(inaccessible).toEqual([]);
  }, 480_000);
});
