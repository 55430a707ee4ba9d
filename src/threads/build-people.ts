import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type BuiltChunk, CHUNK } from '../core/people/build-people.js';
import type { CreatePersonInput } from '../core/people/schema.js';
import { asyncQueue } from '../core/shared/async-queue.js';
import { inThisThread } from '../core/shared/off-thread.js';
import { type ErrorDescription, reviveError, workerScript } from './worker-thread.js';

/** From this many people a worker thread builds them (starting one costs about a thousand). */
const WORKER_FROM = 5000;
/** Chunks sent to the worker and not yet handed over. */
const CHUNKS_AHEAD = 4;

export type ToBuilder = { type: 'chunk'; start: number; now: string; region: string; inputs: CreatePersonInput[] };
/** Built people (a `BuiltChunk`) cross back as JSON text: one string to copy, and JSON.parse is faster than a structured clone. */
export type FromBuilder = { type: 'built'; json: string } | { type: 'error'; error: ErrorDescription };

export type BuildOptions = {
  /** `auto` (the default with two cores or more): a worker for large batches; `never`; `always`: tests. */
  worker?: 'auto' | 'never' | 'always';
};

/**
 * People built from inputs (validated, with ids and timestamps), CHUNK at a time, in input
 * order. A large batch is built in a worker thread while the caller writes the chunks
 * before (on two cores the two overlap; ADR 0015); a small one in this thread. Either way
 * a bad input throws the same error, naming its position, after the chunks before it.
 */
export async function* buildPeople(
  inputs: readonly CreatePersonInput[],
  now: Date,
  region: string,
  options: BuildOptions = {},
): AsyncGenerator<BuiltChunk> {
  const mode = options.worker ?? (availableParallelism() > 1 ? 'auto' : 'never');
  const wanted = mode === 'always' || (mode === 'auto' && inputs.length >= WORKER_FROM);
  const script = wanted
    ? workerScript('build-people-worker', new URL('./build-people-worker.ts', import.meta.url))
    : null;
  if (!script) {
    yield* inThisThread.buildPeople(inputs, now, region);
    return;
  }
  const worker = new Worker(script.script, { eval: script.eval });
  const built = asyncQueue<BuiltChunk>();
  worker.on('message', (message: FromBuilder) => {
    if (message.type === 'built') built.push(JSON.parse(message.json) as BuiltChunk);
    else built.fail(reviveError(message.error));
  });
  worker.on('error', (error) => built.fail(error));
  worker.on('exit', (code) => built.fail(new Error(`the people builder stopped early (exit code ${code})`)));
  let next = 0;
  const send = () => {
    if (next >= inputs.length) return;
    const chunk = inputs.slice(next, next + CHUNK);
    worker.postMessage({
      type: 'chunk',
      start: next,
      now: now.toISOString(),
      region,
      inputs: chunk,
    } satisfies ToBuilder);
    next += CHUNK;
  };
  try {
    for (let ahead = 0; ahead < CHUNKS_AHEAD; ahead += 1) send();
    const chunks = built[Symbol.asyncIterator]();
    for (let handed = 0; handed < inputs.length; ) {
      const chunk = await chunks.next();
      if (chunk.done) break;
      send();
      handed += chunk.value.people.length;
      yield chunk.value;
    }
  } finally {
    await worker.terminate();
  }
}
