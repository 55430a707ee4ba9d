// Bundles the CLI and server into dist/ so `kith` starts fast: loading one file is far
// quicker than resolving the hundreds of modules of kysely and zod one by one.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
};

// native addons, and packages that read their own files at run time, stay in node_modules
const external = ['better-sqlite3', '@node-rs/argon2', 'sharp', 'pg-native', 'playwright-core', 'autocannon', 'pino', 'thread-stream'];
const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // Every command compiles the modules it loads on each cold start: without whitespace
  // and with shorter syntax there is a quarter less to read and compile (`kith today`
  // about 13% less CPU). Names are kept, so stack traces still read.
  minifyWhitespace: true,
  minifySyntax: true,
  external,
  logLevel: 'warning',
};

// Packages only a few commands use (the web server, the demo's generator, mail, reading
// web pages, calendars, CardDAV's XML): in a file of their own, so that the file every
// command reads and the bin's code cache (ADR 0041) hold only kith and what it always uses.
// Each is initialised the first time a command asks for it.
const vendored = [
  'fastify',
  '@fastify/cookie',
  '@fastify/rate-limit',
  '@fastify/static',
  '@fastify/swagger',
  'helmet',
  '@faker-js/faker',
  'nodemailer',
  'linkedom',
  '@mozilla/readability',
  'ical.js',
  'ical-generator',
  'fast-xml-parser',
];
await build({
  ...shared,
  stdin: {
    contents: vendored.map((name) => `exports[${JSON.stringify(name)}] = () => require(${JSON.stringify(name)});`).join('\n'),
    resolveDir: '.',
    sourcefile: 'vendor.cjs',
  },
  outfile: 'dist/kith-vendor.cjs',
  format: 'cjs',
});
/**
 * In the program, `import … from 'fastify'` reads fastify from kith-vendor.cjs, with the
 * names and default export an import of the package itself gives (those of an ES module,
 * or a CommonJS module's exports as its default), listed here by loading each once.
 */
const vendor = createRequire(import.meta.url)('./dist/kith-vendor.cjs');
const fromVendorFile = {
  name: 'from-vendor-file',
  setup(build) {
    const names = new Set(vendored);
    build.onResolve({ filter: /^[@a-z]/ }, (args) =>
      names.has(args.path) && args.namespace === 'file' ? { path: args.path, namespace: 'vendor' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => {
      const exports = vendor[args.path]();
      const esm = exports.__esModule === true;
      const named = Object.keys(exports).filter((key) => key !== 'default' && key !== '__esModule' && /^[A-Za-z_$][\w$]*$/.test(key));
      return {
        contents: [
          `const m = require('./kith-vendor.cjs')[${JSON.stringify(args.path)}]();`,
          `export default ${esm ? 'm.default' : 'm'};`,
          ...named.map((key) => `export const ${key} = m.${key};`),
        ].join('\n'),
      };
    });
    build.onResolve({ filter: /^\.\/kith-vendor\.cjs$/, namespace: 'vendor' }, (args) => ({ path: args.path, external: true }));
  },
};

// The program the `kith` bin runs: one CommonJS file, so that the bin can compile it from
// V8's code cache (ADR 0041). Modules imported with import() are still initialised only
// when imported; import() of a package outside the bundle becomes require().
await build({
  ...shared,
  entryPoints: { 'kith-cli': 'src/cli/main.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__kithImportMetaUrl' },
  banner: { js: "var __kithImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [fromVendorFile],
});
// esbuild leaves the characters of regular expressions as they are. Written as \u escapes,
// which mean the same in a regular expression, a string or a name, the file is ASCII, and
// the bin reads it as Latin-1: a copy, where UTF-8 made a two-byte string twice the size
// and took three times as long to decode.
const cli = readFileSync('dist/kith-cli.cjs', 'utf8').replace(
  /[^\0-\x7f]/g,
  (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
);
writeFileSync('dist/kith-cli.cjs', cli);
const cliHash = createHash('sha256').update(cli).digest('hex').slice(0, 16);

await build({
  ...shared,
  entryPoints,
  outdir: 'dist',
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  // The bin names the code cache it reads by the program's hash.
  define: { KITH_CLI_HASH: JSON.stringify(cliHash) },
  banner: {
    js: "import { createRequire as __kithCreateRequire } from 'node:module'; const require = __kithCreateRequire(import.meta.url);",
  },
});
