import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { appActingAs } from '../support/api.js';
import { createOwner, describeEachDatabase, openTestDatabase, type TestDatabase } from '../support/databases.js';

const html = { accept: 'text/html,application/xhtml+xml' };

describeEachDatabase('web UI serving', (kind) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let webRoot: string;

  beforeEach(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'kith-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>kith spa</title>');
    writeFileSync(join(webRoot, 'assets', 'index-abc123.js'), 'console.log(1)');
    database = await openTestDatabase(kind);
    const owner = await createOwner(database.repos);
    app = await appActingAs(owner.ownerId, { repos: database.repos, webRoot });
  });
  afterEach(async () => {
    await app.close();
    await database.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('serves the app at / and at any page path, so deep links load it', async () => {
    for (const url of ['/', '/people', '/people/01ABC', '/capture?x=1']) {
      const response = await app.inject({ url, headers: html });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain('kith spa');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves assets built after it started (index.html names them), and nothing outside its folder', async () => {
    writeFileSync(join(webRoot, 'assets', 'index-def456.js'), 'console.log(2)');
    writeFileSync(join(webRoot, 'assets', 'index-def456.js.br'), brotliCompressSync('console.log(2)'));
    const built = await app.inject({ url: '/assets/index-def456.js', headers: { 'accept-encoding': 'br' } });
    expect(built.statusCode).toBe(200);
    expect(brotliDecompressSync(built.rawPayload).toString()).toBe('console.log(2)');
    expect(built.headers['cache-control']).toContain('immutable');
    expect((await app.inject({ url: '/assets/missing-000.js' })).statusCode).toBe(404);
    // Only flat, hashed names: no folder, no dotfile, even when one is there.
    mkdirSync(join(webRoot, 'assets', 'sub'));
    writeFileSync(join(webRoot, 'assets', 'sub', 'x.js'), 'nested');
    writeFileSync(join(webRoot, 'assets', '.hidden.js'), 'hidden');
    for (const url of ['/assets/', '/assets/sub/x.js', '/assets/.hidden.js', '/assets/a/../.hidden.js']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code, url).toBe('NOT_FOUND');
    }
    // A file beside the web folder stays out of reach however the path climbs.
    const beside = `${webRoot}-beside.txt`;
    const name = beside.split('/').pop();
    writeFileSync(beside, 'not for the web');
    const climbs = [`/assets/../../${name}`, `/assets/..%2f..%2f${name}`, `/assets/%2e%2e/%2e%2e/${name}`];
    for (const url of [...climbs, `/assets/%252e%252e/%252e%252e/${name}`]) {
      const response = await app.inject({ url });
      expect([403, 404], url).toContain(response.statusCode);
      expect(response.body, url).not.toContain('not for the web');
    }
    rmSync(beside);
  });

  it('serves the precompressed asset a client accepts (brotli, else gzip, else plain)', async () => {
    const plain = 'console.log("kith");'.repeat(100);
    writeFileSync(join(webRoot, 'assets', 'big-abc123.js'), plain);
    writeFileSync(join(webRoot, 'assets', 'big-abc123.js.br'), brotliCompressSync(plain));
    writeFileSync(join(webRoot, 'assets', 'big-abc123.js.gz'), gzipSync(plain));
    // Without a wildcard route the server lists the files when it starts: start one that sees these.
    await app.close();
    app = await appActingAs((await createOwner(database.repos)).ownerId, { repos: database.repos, webRoot });
    const get = (encoding?: string) =>
      app.inject({ url: '/assets/big-abc123.js', headers: encoding ? { 'accept-encoding': encoding } : {} });
    const br = await get('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain);
    const gz = await get('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain);
    const none = await get();
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body).toBe(plain);
  });

  it('serves hashed assets as immutable, and 404s a missing one', async () => {
    const asset = await app.inject('/assets/index-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await app.inject({ url: '/assets/nope.js', headers: html })).statusCode).toBe(404);
  });

  it('keeps JSON 404s for unknown API paths and for requests that do not ask for a page', async () => {
    const api = await app.inject({ url: '/api/v1/nothing', headers: html });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const json = await app.inject({ url: '/people', headers: { accept: 'application/json' } });
    expect(json.statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: '/people', headers: html })).statusCode).toBe(404);
  });

  it('says how to build the app when it is not built', async () => {
    const bare = await appActingAs((await createOwner(database.repos)).ownerId, {
      repos: database.repos,
      webRoot: null,
    });
    const page = await bare.inject({ url: '/people', headers: html });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('npm run build');
    await bare.close();
  });
});
