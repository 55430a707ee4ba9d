import type { OffThread } from '../core/shared/off-thread.js';
import type { BuildOptions } from './build-people.js';
import type { ReadOptions } from './read-validated.js';

/**
 * The `OffThread` port with worker threads: a large import is parsed and validated
 * (ADR 0013), a large bulk create built (ADR 0015), in a second thread while the caller
 * writes. `worker` is `auto` by default; tests pass `always` or `never`. The machinery (and
 * the parsers it brings) loads on first use, so a command that never imports or creates
 * people in bulk does not pay to load it.
 */
export function workerThreads(options: { worker?: ReadOptions['worker'] & BuildOptions['worker'] } = {}): OffThread {
  return {
    async *readValidated(format, source, context) {
      const { readValidated } = await import('./read-validated.js');
      yield* readValidated(format, source, context, options);
    },
    async *buildPeople(inputs, now, region) {
      const { buildPeople } = await import('./build-people.js');
      yield* buildPeople(inputs, now, region, options);
    },
  };
}
