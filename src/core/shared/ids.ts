import { monotonicFactory } from 'ulid';

const pool = new Uint8Array(4096);
let next = pool.length;

/**
 * ulid's own generator asks crypto for one byte per character of every id; drawing the
 * bytes from a pool refilled 4 KiB at a time makes a bulk import's ids several times
 * cheaper. A byte / 256 picks each of the 32 characters with equal chance.
 */
function pooledRandom(): number {
  if (next === pool.length) {
    crypto.getRandomValues(pool);
    next = 0;
  }
  const byte = pool[next] ?? 0;
  next += 1;
  return byte / 256;
}

const nextUlid = monotonicFactory(pooledRandom);

/** Sortable text ids (ULID): creation order is id order, on both databases. */
export function newId(): string {
  return nextUlid().toLowerCase();
}
