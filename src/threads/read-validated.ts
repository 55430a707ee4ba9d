import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ValidatedBatch, ValidationContext } from '../core/import/validate-records.js';
import { asyncQueue } from '../core/shared/async-queue.js';
import type { ContactFormat } from '../formats/contact-record.js';
import type { TextChunks } from '../formats/text-stream.js';
import { type ErrorDescription, reviveError, workerScript } from './worker-thread.js';

/** Below this much text a file is read in this thread: starting a worker costs more than it saves. */
export const WORKER_FROM_CHARS = 1024 * 1024;
/** Chunks sent to the worker and not yet taken by its parser. */
const CHUNKS_AHEAD = 4;
/** The worker's young generation, in MiB (see where the worker starts). */
const WORKER_YOUNG_GENERATION_MB = 64;
/** Batches the worker may have sent that the main thread has not finished writing. */
export const BATCHES_AHEAD = 4;

export type WorkerSetup = { format: ContactFormat; now: string; region: string };
export type ToWorker = { type: 'chunk'; text: string } | { type: 'end' } | { type: 'ack' };
export type FromWorker =
  | { type: 'batch'; batch: ValidatedBatch }
  | { type: 'taken' }
  | { type: 'done' }
  | { type: 'error'; error: ErrorDescription };

/**
 * The file read and validated in this thread. The parsers (ical.js for vCards among them)
 * load only then: a large file is read by the worker, and the thread that writes it
 * spent a tenth of a second loading parsers it never ran.
 */
async function* validatedHere(
  format: ContactFormat,
  chunks: AsyncIterable<string>,
  context: ValidationContext,
): AsyncGenerator<ValidatedBatch> {
  const { validatedBatches } = await import('../core/import/validate-records.js');
  yield* validatedBatches(format, chunks, context);
}

export type ReadOptions = {
  /**
   * `auto` (the default with two cores or more): a worker for files of 1 MiB or more, where
   * one can start; `never` (the default on one core): always this thread; `always`: tests.
   */
  worker?: 'auto' | 'never' | 'always';
};

/**
 * A contacts file read and validated a batch at a time. A large file is parsed and
 * validated in a worker thread while the caller writes the batches before (on two cores
 * the two halves overlap; ADR 0013); a small one, or where no worker can start, in this
 * thread. Either way the same batches come out in the same order, and a malformed line
 * throws the same error after the batches before it.
 */
export async function* readValidated(
  format: ContactFormat,
  source: TextChunks,
  context: ValidationContext,
  options: ReadOptions = {},
): AsyncGenerator<ValidatedBatch> {
  // On one core a second thread cannot run beside the writes: it would only add the copying.
  const mode = options.worker ?? (availableParallelism() > 1 ? 'auto' : 'never');
  const iterator = (async function* () {
    yield* source;
  })();
  // Read until the file is known to be large, or has ended.
  const head: string[] = [];
  let size = 0;
  let ended = false;
  while (mode === 'auto' && size < WORKER_FROM_CHARS) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    size += next.value.length;
  }
  const chunks = (async function* () {
    try {
      yield* head;
      if (ended) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      await iterator.return(undefined);
    }
  })();
  const script =
    mode === 'never' || ended ? null : workerScript('import-worker', new URL('./import-worker.ts', import.meta.url));
  if (!script) {
    yield* validatedHere(format, chunks, context);
    return;
  }
  let worker: Worker;
  try {
    worker = new Worker(script.script, {
      eval: script.eval,
      workerData: { format, now: context.now.toISOString(), region: context.region } satisfies WorkerSetup,
      // A larger young generation than V8's default (about 48 MiB): each batch of people
      // lives through several collections while it is built, and copying it was a third of
      // the worker's time. At 64 MiB a 50,000-row import ran 0.4 s faster as a whole process;
      // at 128 MiB and more, slower again (more memory touched).
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
  } catch {
    yield* validatedHere(format, chunks, context);
    return;
  }
  yield* inWorker(worker, chunks);
}

async function* inWorker(worker: Worker, chunks: AsyncIterable<string>): AsyncGenerator<ValidatedBatch> {
  const send = (message: ToWorker) => worker.postMessage(message);
  const batches = asyncQueue<ValidatedBatch>();
  let untaken = 0;
  let stopped = false;
  let wake: (() => void) | undefined;
  const wakePump = () => {
    const waiting = wake;
    wake = undefined;
    waiting?.();
  };
  worker.on('message', (message: FromWorker) => {
    if (message.type === 'batch') batches.push(message.batch);
    else if (message.type === 'taken') {
      untaken -= 1;
      wakePump();
    } else if (message.type === 'done') batches.end();
    else batches.fail(reviveError(message.error));
  });
  worker.on('error', (error) => batches.fail(error));
  worker.on('exit', (code) => batches.fail(new Error(`the import worker stopped early (exit code ${code})`)));
  // The file is sent as it is read, a few chunks ahead of the worker's parser.
  const pump = (async () => {
    for await (const text of chunks) {
      if (stopped) return;
      send({ type: 'chunk', text });
      untaken += 1;
      while (untaken >= CHUNKS_AHEAD && !stopped) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
      if (stopped) return;
    }
    send({ type: 'end' });
  })().catch((error: unknown) => batches.fail(error));
  try {
    for await (const batch of batches) {
      yield batch;
      send({ type: 'ack' });
    }
  } finally {
    stopped = true;
    wakePump();
    await worker.terminate();
    await pump;
  }
}
