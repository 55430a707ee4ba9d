// Bundles the CLI and server into dist/ so `kith` starts fast: loading one file is far
// quicker than resolving the hundreds of modules of kysely and zod one by one.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

// Clear the previous bundle, but keep dist/web (built by Vite), so `npm run seed` or
// `npm run bench` after a full build still leaves a servable web UI.
for (const name of existsSync('dist') ? readdirSync('dist') : []) {
  if (name !== 'web') rmSync(`dist/${name}`, { recursive: true, force: true });
}

const entryPoints = {
  kith: 'src/cli/kith.ts',
  bench: 'bench/main.ts',
  seed: 'bench/seed.ts',
  // A large import parses and validates in this worker thread while the main thread writes (ADR 0013).
  'import-worker': 'src/threads/import-worker.ts',
  // A large bulk create validates its people in this worker thread while the main thread writes (ADR 0015).
  'build-people-worker': 'src/threads/build-people-worker.ts',
};

await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // Every command compiles the modules it loads on each cold start: without whitespace
  // and with shorter syntax there is a quarter less to read and compile (`kith today`
  // about 13% less CPU). Names are kept, so stack traces still read.
  minifyWhitespace: true,
  minifySyntax: true,
  chunkNames: 'chunks/[name]-[hash]',
  // native addons, and packages that read their own files at run time, stay in node_modules
  external: ['better-sqlite3', '@node-rs/argon2', 'sharp', 'pg-native', 'playwright-core', 'autocannon', 'pino', 'thread-stream'],
  banner: {
    js: "import { createRequire as __kithCreateRequire } from 'node:module'; const require = __kithCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
