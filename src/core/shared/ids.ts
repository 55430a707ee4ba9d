import { monotonicFactory } from 'ulid';

const nextUlid = monotonicFactory();

/** Sortable text ids (ULID): creation order is id order, on both databases. */
export function newId(): string {
  return nextUlid().toLowerCase();
}
