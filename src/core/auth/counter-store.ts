/**
 * Where sign-in failure counters live: process memory (one server) or the database
 * (`src/db/repos/sign-in-counters.ts`, shared by every server on one PostgreSQL).
 */
export type Counter = { count: number; resetAt: number };

export type CounterStore = {
  get(key: string): Promise<Counter | undefined>;
  /**
   * Adds one and returns the new count, in one atomic step (two requests at once never
   * both see the same count), opening a window of windowMs if none is open.
   */
  increment(key: string, windowMs: number): Promise<Counter>;
  /** Takes one back: an attempt that was reserved but turned out not to count. */
  decrement(key: string): Promise<void>;
  reset(key: string): Promise<void>;
};
