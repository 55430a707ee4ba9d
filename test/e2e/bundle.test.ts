import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { webBuilt } from './harness.js';

const webDir = join(import.meta.dirname, '..', '..', 'dist', 'web');

it('keeps the JavaScript the first page load needs under 250 KB gzipped', () => {
  if (!webBuilt) throw new Error('dist/web is missing: run `npm run build` first');
  const html = readFileSync(join(webDir, 'index.html'), 'utf8');
  // The entry script and the chunks it preloads; lazy routes are not fetched on first load.
  const scripts = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/([^"]+\.js)"/g)].map(
    (match) => match[1] ?? '',
  );
  expect(scripts.length).toBeGreaterThan(0);
  const gzipped = scripts.reduce((total, path) => total + gzipSync(readFileSync(join(webDir, path))).length, 0);
  expect(gzipped).toBeLessThanOrEqual(250 * 1024);
});
