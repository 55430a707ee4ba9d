/**
 * Values handed from callbacks (a worker's messages) to an `for await` loop, in order;
 * `fail` ends the loop with an error after the values already pushed.
 */
export type AsyncQueue<T> = AsyncIterable<T> & {
  push: (value: T) => void;
  end: () => void;
  fail: (error: unknown) => void;
  /** Values pushed and not yet taken. */
  readonly size: number;
};

export function asyncQueue<T>(): AsyncQueue<T> {
  const values: T[] = [];
  let head = 0;
  let ended = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const waiting = wake;
    wake = undefined;
    waiting?.();
  };
  return {
    push(value) {
      if (ended || failure) return;
      values.push(value);
      notify();
    },
    end() {
      ended = true;
      notify();
    },
    fail(error) {
      if (ended || failure) return;
      failure = { error };
      notify();
    },
    get size() {
      return values.length - head;
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (head < values.length) {
          const value = values[head] as T;
          values[head] = undefined as T;
          head += 1;
          if (head === values.length) {
            values.length = 0;
            head = 0;
          }
          yield value;
          continue;
        }
        if (failure) throw failure.error;
        if (ended) return;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
  };
}
