import type { OffThread } from '../core/shared/off-thread.js';
import type { ReadOptions } from './read-validated.js';

/**
 * The `OffThread` port with worker threads: a large import is parsed and validated in a
 * second thread while the caller writes (ADR 0013). `worker` is `auto` by default; tests
 * pass `always` or `never`. The machinery (and the parsers it brings) loads on first use,
 * so a command that never imports does not pay to load it.
 */
export function workerThreads(options: ReadOptions = {}): OffThread {
  return {
    async *readValidated(format, source, context) {
      const { readValidated } = await import('./read-validated.js');
      yield* readValidated(format, source, context, options);
    },
  };
}
