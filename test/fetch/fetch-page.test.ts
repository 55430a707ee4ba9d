import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPageFetcher, isPrivateAddress } from '../../src/fetch/fetch-page.js';

const article = '<html><head><title>Hello</title></head><body><article><p>Readable words.</p></article></body></html>';

/** A local server with one route per case the fetcher must handle. */
function startServer(): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const hops = Number(url.searchParams.get('hops') ?? 0);
    switch (url.pathname) {
      case '/page':
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article);
        return;
      case '/redirect':
        response.writeHead(302, { location: hops > 1 ? `/redirect?hops=${hops - 1}` : '/page' }).end();
        return;
      case '/slow':
        setTimeout(() => response.writeHead(200, { 'content-type': 'text/html' }).end(article), 2000).unref();
        return;
      case '/huge':
        // no content-length: the limit must hold while streaming
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(`<html><body>${'x'.repeat(64 * 1024)}</body></html>`);
        return;
      case '/pdf':
        response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
        return;
      case '/latin1':
        response.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
        response.end(Buffer.from('<html><body><p>Jos\u00e9 \u00c1lvarez</p></body></html>', 'latin1'));
        return;
      case '/missing':
        response.writeHead(404, { 'content-type': 'text/html' }).end('not here');
        return;
      default:
        response.writeHead(500).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('fetching a page for an item', () => {
  let server: Server;
  let base: string;
  const local = createPageFetcher({ allowPrivateAddresses: true, timeoutMs: 500, maxBytes: 16 * 1024 });

  beforeAll(async () => {
    server = await startServer();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches an HTML page', async () => {
    const page = await local(`${base}/page`);
    expect(page).toMatchObject({ url: `${base}/page`, contentType: 'text/html' });
    expect(page.body).toContain('Readable words.');
  });

  it('decodes the page in the charset the server declares', async () => {
    expect((await local(`${base}/latin1`)).body).toContain('José Álvarez');
  });

  it('follows up to 5 redirects and reports where it ended', async () => {
    const page = await local(`${base}/redirect?hops=5`);
    expect(page.url).toBe(`${base}/page`);
  });

  it('gives up after the 5th redirect', async () => {
    await expect(local(`${base}/redirect?hops=6`)).rejects.toMatchObject({
      code: 'FETCH_FAILED',
      message: expect.stringContaining('more than 5 redirects'),
    });
  });

  it('gives up when the server does not answer in time', async () => {
    await expect(local(`${base}/slow`)).rejects.toMatchObject({
      code: 'FETCH_FAILED',
      message: expect.stringContaining('no answer within 500 ms'),
    });
  });

  it('refuses a page larger than the size limit', async () => {
    await expect(local(`${base}/huge`)).rejects.toMatchObject({
      code: 'FETCH_FAILED',
      message: expect.stringContaining('larger than 16384 bytes'),
    });
  });

  it('refuses a response that is not a web page, and an error status', async () => {
    await expect(local(`${base}/pdf`)).rejects.toMatchObject({
      code: 'FETCH_FAILED',
      message: expect.stringContaining('application/pdf, not a web page'),
    });
    await expect(local(`${base}/missing`)).rejects.toMatchObject({ message: expect.stringContaining('answered 404') });
  });

  it('refuses loopback and private addresses by default', async () => {
    const safe = createPageFetcher();
    await expect(safe(`${base}/page`)).rejects.toMatchObject({
      code: 'FETCH_REFUSED',
      message: expect.stringContaining('127.0.0.1 is a private or loopback address'),
    });
    await expect(safe('http://[::1]:9/page')).rejects.toMatchObject({ code: 'FETCH_REFUSED' });
    await expect(safe('http://10.1.2.3/page')).rejects.toMatchObject({ code: 'FETCH_REFUSED' });
    // the same loopback address written other ways
    for (const disguised of [
      'http://127.1/',
      'http://0x7f000001/',
      'http://[::ffff:127.0.0.1]/',
      'http://[::ffff:7f00:1]/',
    ]) {
      await expect(safe(disguised), disguised).rejects.toMatchObject({ code: 'FETCH_REFUSED' });
    }
  });

  it('checks the address a name resolves to, not just the name', async () => {
    const safe = createPageFetcher();
    const port = (server.address() as AddressInfo).port;
    await expect(safe(`http://localhost:${port}/page`)).rejects.toMatchObject({
      code: 'FETCH_REFUSED',
      message: expect.stringContaining('localhost resolves to a private address'),
    });
  });

  it('says what went wrong in words: a name that does not resolve, a closed port', { timeout: 20_000 }, async () => {
    // .invalid never resolves (RFC 2606), with or without a network; a slow resolver gets 15 s.
    const patient = createPageFetcher({ allowPrivateAddresses: true, timeoutMs: 15_000 });
    await expect(patient('http://no-such-host.invalid/page')).rejects.toMatchObject({
      code: 'FETCH_FAILED',
      message: expect.stringContaining('no-such-host.invalid was not found (check the address'),
    });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(local(`http://127.0.0.1:${port}/page`)).rejects.toMatchObject({
      code: 'FETCH_FAILED',
      message: expect.stringContaining('127.0.0.1 refused the connection'),
    });
  });

  it('refuses URLs that are not http or https', async () => {
    await expect(local('file:///etc/passwd')).rejects.toMatchObject({
      code: 'FETCH_REFUSED',
      message: expect.stringContaining('only http and https'),
    });
    await expect(local('ftp://example.com/x')).rejects.toMatchObject({ code: 'FETCH_REFUSED' });
  });

  it('classifies addresses', () => {
    for (const address of [
      '127.0.0.1',
      '10.0.0.8',
      '172.20.1.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['93.184.216.34', '2606:4700::1111', '8.8.8.8']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });
});
