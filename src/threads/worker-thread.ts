import { existsSync } from 'node:fs';
import { type ErrorCode, errorCatalogue, KithError } from '../core/errors.js';

/** An error as it crosses threads (a clone keeps only an Error's message). */
export type ErrorDescription = { code: string | null; message: string; details: unknown; stack: string | undefined };

export function describeError(error: unknown): ErrorDescription {
  if (error instanceof KithError) {
    return { code: error.code, message: error.message, details: error.details, stack: error.stack };
  }
  const known = error instanceof Error ? error : new Error(String(error));
  return { code: null, message: known.message, details: undefined, stack: known.stack };
}

export function reviveError(description: ErrorDescription): Error {
  const error =
    description.code !== null && description.code in errorCatalogue
      ? new KithError(description.code as ErrorCode, description.message, description.details)
      : new Error(description.message);
  if (description.stack) error.stack = description.stack;
  return error;
}

/**
 * How to start one of kith's worker threads: `<name>.js` beside the bundle (dist/, ADR 0001),
 * or, run from TypeScript source (tests), `source` through tsx's loader, which Node 20
 * applies to a worker only when the worker registers it itself. Null where neither is
 * found: the caller then does the work in its own thread.
 */
export function workerScript(name: string, source: URL): { script: string | URL; eval: boolean } | null {
  if (source.href.endsWith('.ts') && import.meta.url.endsWith('.ts')) {
    const href = JSON.stringify(source.href);
    return {
      script: `import('tsx/esm/api').then(({ register }) => { register(); return import(${href}); });`,
      eval: true,
    };
  }
  for (const candidate of [`./${name}.js`, `../${name}.js`]) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(url)) return { script: url, eval: false };
  }
  return null;
}
