/**
 * The header the service worker adds to an API answer it gives from its kept copy rather
 * than from the server: offline, when its own request failed, or when the server took
 * longer than the worker's network timeout. Written out again in the worker's config
 * (vite.config.ts), whose code is copied into the worker as source and cannot import it.
 */
export const KEPT_COPY_HEADER = 'x-kith-kept-copy';

const keptCopies = new WeakSet<object>();

/** Remembers that a read's answer came from the service worker's copy, not from the server. */
export function noteKeptCopy(response: Response, data: unknown): void {
  if (response.headers.has(KEPT_COPY_HEADER) && typeof data === 'object' && data !== null) keptCopies.add(data);
}

/** Whether a query's data is the worker's copy (the very object `request` returned for it). */
export function isKeptCopy(data: unknown): boolean {
  return typeof data === 'object' && data !== null && keptCopies.has(data);
}
