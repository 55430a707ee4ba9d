import { ApiError, apiPath } from '../api/client.js';
import { errorText } from '../components/field-errors.js';
import { type OutboxItem, readOutbox, removeFromOutbox, saveOutboxItem } from './outbox.js';

/** Fired with `{ id, body }` when the server accepted an item, so a screen can link what it made. */
export const OUTBOX_SENT = 'kith-outbox-sent';

export type SentDetail = { id: string; body: unknown };

type Outcome = 'sent' | 'refused' | 'stop';

/**
 * What the server's answer means for an item: accepted; refused for a reason the user must
 * fix (a 4xx: the same request would be refused again); or not now (no connection, signed
 * out, the server busy or failing), when sending stops and the item waits for next time.
 */
async function sendOne(item: OutboxItem): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetch(apiPath(item.path), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'idempotency-key': item.id },
      body: JSON.stringify(item.body),
    });
  } catch {
    return 'stop';
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // a proxy's HTML error page: judged by its status alone
  }
  if (response.ok) {
    if (item.seq !== undefined) await removeFromOutbox(item.seq);
    window.dispatchEvent(new CustomEvent<SentDetail>(OUTBOX_SENT, { detail: { id: item.id, body } }));
    return 'sent';
  }
  const retryLater = response.status === 401 || response.status === 408 || response.status === 429;
  if (retryLater || response.status >= 500) return 'stop';
  const error = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
  const refusal = new ApiError(
    response.status,
    error?.code ?? 'HTTP_ERROR',
    error?.message ?? `The server answered ${response.status}`,
    error?.details,
  );
  // Kept in words, as the forms say it ("Email is not …"), for the Sync page to show.
  await saveOutboxItem({
    ...item,
    refused: { status: refusal.status, code: refusal.code, message: errorText(refusal) },
  });
  return 'refused';
}

let running: Promise<void> | undefined;
let askedAgain = false;

/** One pass over the waiting items, oldest first, stopping at the first that cannot go now. */
async function sendWaiting(userId: string): Promise<void> {
  for (const item of await readOutbox(userId)) {
    if (item.refused) continue;
    if ((await sendOne(item)) === 'stop') return;
  }
}

/**
 * Sends the user's waiting items one at a time, oldest first, each with its own
 * Idempotency-Key. One run at a time in this page (a call during a run makes it go round
 * once more, for an item added after it read the list); across tabs a Web Lock keeps two
 * from sending the same item at once (the key would make that harmless, but it saves
 * requests).
 */
export function sendOutbox(userId: string): Promise<void> {
  if (running) {
    askedAgain = true;
    return running;
  }
  running = withLock(async () => {
    do {
      askedAgain = false;
      await sendWaiting(userId);
    } while (askedAgain && navigator.onLine);
  }).finally(() => {
    running = undefined;
  });
  return running;
}

function withLock(fn: () => Promise<void>): Promise<void> {
  if (typeof navigator !== 'undefined' && navigator.locks) return navigator.locks.request('kith-outbox', fn);
  return fn();
}
