import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/**
 * The outbox: captures, interactions and notes made on the phone, kept in IndexedDB until
 * the server has them, so a lost connection, a reload or a closed tab loses nothing. Items
 * leave only when the server accepted them or the user discards one; one the server
 * refused stays with the reason until it is fixed.
 */
export type OutboxKind = 'capture' | 'interaction';

export type Refusal = { status: number; code: string; message: string };

export type OutboxItem = {
  /** Order of sending: items go out oldest first. */
  seq?: number;
  /** The client-made id, sent as Idempotency-Key: a retry never creates twice. */
  id: string;
  /** Whose network it belongs to: another account signed in on this phone never sends it. */
  userId: string;
  kind: OutboxKind;
  /** What the list shows: "Grace Mensah", "Lunch with Bo". */
  label: string;
  path: string;
  body: Record<string, unknown>;
  /** The event it was made at, so the event's "met so far" includes it before it is sent. */
  eventId: string | null;
  createdAt: string;
  refused: Refusal | null;
};

type OutboxDb = DBSchema & {
  outbox: { key: number; value: OutboxItem };
};

let opened: Promise<IDBPDatabase<OutboxDb>> | undefined;

function database(): Promise<IDBPDatabase<OutboxDb>> {
  opened ??= openDB<OutboxDb>('kith-offline', 1, {
    upgrade(db) {
      db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
    },
  });
  return opened;
}

/** Other parts of the page (the sync status, the capture list) listen for this to re-read. */
export const OUTBOX_CHANGED = 'kith-outbox-changed';

/**
 * The outbox is one per browser, shared by every tab of kith: a change made in one tab is
 * told to the others, so each tab's count and lists are the same ("2 waiting" in one and
 * "3 waiting" in the other, before).
 */
const otherTabs = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('kith-outbox');
otherTabs?.addEventListener('message', () => window.dispatchEvent(new Event(OUTBOX_CHANGED)));

function changed(): void {
  window.dispatchEvent(new Event(OUTBOX_CHANGED));
  otherTabs?.postMessage('changed');
}

export async function addToOutbox(item: Omit<OutboxItem, 'seq' | 'refused' | 'createdAt'>): Promise<void> {
  const db = await database();
  await db.add('outbox', { ...item, createdAt: new Date().toISOString(), refused: null });
  changed();
}

/** The user's items, oldest first. */
export async function readOutbox(userId: string): Promise<OutboxItem[]> {
  const db = await database();
  const items = await db.getAll('outbox');
  return items.filter((item) => item.userId === userId);
}

export async function removeFromOutbox(seq: number): Promise<void> {
  const db = await database();
  await db.delete('outbox', seq);
  changed();
}

/** Replaces an item (a refusal recorded, or the user's fix with the refusal cleared). */
export async function saveOutboxItem(item: OutboxItem): Promise<void> {
  const db = await database();
  await db.put('outbox', item);
  changed();
}
