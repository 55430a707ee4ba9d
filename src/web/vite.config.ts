import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

// The SPA builds to dist/web, which `kith serve` serves at `/`. In development,
// `vite --config src/web/vite.config.ts` proxies the API to a running `kith serve`.
export default defineConfig({
  root,
  plugins: [react(), precompress(outDir)],
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
