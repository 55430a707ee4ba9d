import type { OffThread } from '../core/shared/off-thread.js';
import { type BuildOptions, buildPeople } from './build-people.js';
import { type ReadOptions, readValidated } from './read-validated.js';

/**
 * The `OffThread` port with worker threads: a large import is parsed and validated
 * (ADR 0013), a large bulk create built (ADR 0015), in a second thread while the caller
 * writes. `worker` is `auto` by default; tests pass `always` or `never`.
 */
export function workerThreads(options: { worker?: ReadOptions['worker'] & BuildOptions['worker'] } = {}): OffThread {
  return {
    readValidated: (format, source, context) => readValidated(format, source, context, options),
    buildPeople: (inputs, now, region) => buildPeople(inputs, now, region, options),
  };
}
