import type { FetchStatus } from '@tanstack/react-query';

/** Said where a page's data would be when the read waits for a connection that is not there. */
export const OFFLINE_NOT_KEPT =
  'Offline, and this was not kept on this phone (it is kept once opened here with a connection). It loads when you are back online.';

/**
 * "Loading…" while a read is on its way; when it is paused for want of a connection (the
 * service worker had no copy of it), says so, instead of loading for ever.
 */
export function Loading({ query, small = false }: { query: { fetchStatus: FetchStatus }; small?: boolean }) {
  const className = small ? 'muted small' : 'muted';
  if (query.fetchStatus === 'paused') return <p className={className}>{OFFLINE_NOT_KEPT}</p>;
  return <p className={className}>Loading…</p>;
}
