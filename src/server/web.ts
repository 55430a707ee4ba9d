import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Where the built SPA is: next to the bundle (dist/kith.js or dist/chunks/*.js) or,
 * when running from source, in the checkout's dist/web. A built one has assets/, which
 * tells it apart from the source folder src/web.
 */
export function findWebRoot(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'web'), join(here, '..', 'web'), join(here, '..', '..', 'dist', 'web')];
  return (
    candidates
      .map((path) => resolve(path))
      .find((path) => existsSync(join(path, 'index.html')) && existsSync(join(path, 'assets'))) ?? null
  );
}

/** A file the build writes in `assets/`: `index-Cr_oWasb.js`, `.br` and `.gz` beside it. */
const BUILT_ASSET = /^\/assets\/[\w-]+(\.[\w-]+)+$/;

const notBuilt = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>kith</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>kith</h1><p>The web UI is not built: run <code>npm run build</code>. The API is at
<a href="/api/openapi.json">/api/openapi.json</a>.</p></main></body></html>`;

/**
 * Serves the SPA at `/`: its files, and index.html for any other GET that asks for a
 * page, so that deep links (/people/01H…) load the app, which then routes itself.
 * API paths and non-HTML requests still get the JSON 404.
 */
export async function registerWeb(app: FastifyInstance, webRoot: string | null): Promise<void> {
  if (webRoot) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: false,
      // The build writes .br and .gz beside each asset; a client that accepts them gets those.
      preCompressed: true,
      setHeaders(reply, path) {
        // Vite names assets by content hash, so they never change; index.html always may.
        const immutable = path.includes(`${join(webRoot, 'assets')}`);
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  const sendIndex = (reply: import('fastify').FastifyReply) => {
    if (!webRoot) return reply.type('text/html; charset=utf-8').send(notBuilt);
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html', webRoot);
  };

  app.get('/', { schema: { hide: true } }, async (_request, reply) => sendIndex(reply));
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const wantsPage = (request.headers.accept ?? '').includes('text/html');
    // An asset the server did not list at start: a build since (an upgrade, `npm start` run
    // again) gave index.html new asset names, which would otherwise leave every page blank.
    // The build writes assets flat, named by hash: nothing else (a folder, a dotfile) is sent.
    if (webRoot && BUILT_ASSET.test(path)) return reply.sendFile(path.slice(1), webRoot);
    if (path.startsWith('/api/') || path.startsWith('/assets/') || !wantsPage) return reply.callNotFound();
    return sendIndex(reply);
  });
}
