import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { constants, Script } from 'node:vm';

/**
 * A CommonJS bundle run through V8's code cache (ADR 0041): Node 20 caches no compiled
 * code of its own, so each cold `kith` compiled every function it ran. The cache is
 * what V8 compiled in an earlier run of the same command on the same bundle, kept in
 * `cache/` beside the bundle; without one (first run, another Node, dist not writable)
 * the bundle compiles as any script does.
 */
export type CachedBundle = {
  /** The bundle's `module.exports`. */
  exports: unknown;
  /** Writes what V8 has compiled so far as the cache, unless the run used one. */
  saveCache: () => void;
};

/**
 * Runs the CommonJS bundle at `bundlePath` with the cache saved under `key`; `bundleHash`
 * (the bundle's content hash, from the build) names the cache, because V8 itself checks
 * only that a cache was made by the same V8 with the same flags for a source of the same length.
 */
export function runCachedBundle(bundlePath: string, bundleHash: string, key: string): CachedBundle {
  // build.mjs writes the bundle as ASCII, so Latin-1 reads it exactly, and as a copy.
  const source = readFileSync(bundlePath, 'latin1');
  const file = join(dirname(bundlePath), 'cache', `${key.replace(/[^a-z0-9-]/gi, '_')}-${bundleHash}.v8`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(file);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundlePath,
    ...(cachedData ? { cachedData } : {}),
    // A bundle run from a Script has no module loader of its own: import() uses the main one.
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const used = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  return {
    exports: module.exports,
    saveCache() {
      if (used) return;
      try {
        mkdirSync(dirname(file), { recursive: true });
        // Written whole then renamed, so a run beside this one never reads half a cache.
        const partial = `${file}.${process.pid}`;
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, file);
      } catch {
        // A read-only install runs without a cache.
      }
    },
  };
}
