import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './precompress.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

/**
 * The web app installs on a phone and opens offline (issue 19): a manifest, and a service
 * worker (Workbox, generated at build, nothing fetched at run time) that precaches the
 * built files, answers page loads with index.html, and keeps the last answer of each API
 * read (network first: the copy answers when the network fails or takes over 5 s, marked as
 * a copy, and the app asks again until the server answers). Writes never go through it:
 * the app's outbox (src/web/offline/) queues them.
 */
const pwa = VitePWA({
  injectRegister: false,
  registerType: 'autoUpdate',
  filename: 'sw.js',
  manifest: {
    name: 'kith',
    short_name: 'kith',
    description: 'Your professional network, kept alive.',
    start_url: '/today',
    scope: '/',
    display: 'standalone',
    background_color: '#f7f6f3',
    theme_color: '#1f6f5c',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
    navigateFallback: '/index.html',
    // The server's own pages (API docs, sign-in links, the digest's unsubscribe page, the
    // calendar feed, CardDAV) must reach the server even when the app is installed.
    navigateFallbackDenylist: [/^\/api\//, /^\/auth\//, /^\/dav\//, /^\/\.well-known\//, /^\/digest\//, /^\/ical\//],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    runtimeCaching: [
      {
        urlPattern: ({ url, request }) =>
          request.method === 'GET' && url.pathname.startsWith('/api/v1/') && !url.pathname.startsWith('/api/v1/export'),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'kith-api',
          networkTimeoutSeconds: 5,
          cacheableResponse: { statuses: [200] },
          expiration: { maxEntries: 300 },
          // An answer from the copy says so (offline/kept-copy.ts), so the app asks the server
          // again rather than take it for the server's. Copied into the worker as source: the
          // header's name is written out, not imported.
          plugins: [
            {
              cachedResponseWillBeUsed: async ({ cachedResponse }) => {
                if (!cachedResponse) return cachedResponse;
                const headers = new Headers(cachedResponse.headers);
                headers.set('x-kith-kept-copy', '1');
                const { status, statusText } = cachedResponse;
                return new Response(cachedResponse.body, { status, statusText, headers });
              },
            },
          ],
        },
      },
    ],
  },
});

// The SPA builds to dist/web, which `kith serve` serves at `/`. In development,
// `vite --config src/web/vite.config.ts` proxies the API to a running `kith serve`.
export default defineConfig({
  root,
  plugins: [react(), pwa, precompress(outDir)],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 4450,
    proxy: { '/api': 'http://127.0.0.1:4321', '/auth': 'http://127.0.0.1:4321' },
  },
});
