/**
 * The import's second thread (ADR 0013): reads the file's text as the main thread sends
 * it, parses and validates it a batch at a time, and sends the batches back, while the
 * main thread matches and writes the ones before. Started by `readValidated`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { validatedBatches } from '../core/import/validate-records.js';
import { asyncQueue } from '../core/shared/async-queue.js';
import { BATCHES_AHEAD, type FromWorker, type ToWorker, type WorkerSetup } from './read-validated.js';
import { describeError } from './worker-thread.js';

const port = parentPort;
if (!port) throw new Error('import-worker runs only as a worker thread');
const setup = workerData as WorkerSetup;
const send = (message: FromWorker) => port.postMessage(message);

const chunks = asyncQueue<string>();
let credit = BATCHES_AHEAD;
let wake: (() => void) | undefined;
port.on('message', (message: ToWorker) => {
  if (message.type === 'chunk') chunks.push(message.text);
  else if (message.type === 'end') chunks.end();
  else {
    credit += 1;
    const waiting = wake;
    wake = undefined;
    waiting?.();
  }
});

/** The chunks as they are taken, telling the main thread it may send another. */
async function* taken(): AsyncGenerator<string> {
  for await (const chunk of chunks) {
    send({ type: 'taken' });
    yield chunk;
  }
}

try {
  const context = { now: new Date(setup.now), region: setup.region };
  for await (const batch of validatedBatches(setup.format, taken(), context)) {
    // At most BATCHES_AHEAD batches wait for the main thread, so memory stays flat.
    while (credit === 0) {
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
    credit -= 1;
    send({ type: 'batch', batch });
  }
  send({ type: 'done' });
} catch (error) {
  send({ type: 'error', error: describeError(error) });
}
