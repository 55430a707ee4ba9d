import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { KithError } from '../errors.js';
import { asyncQueue } from '../shared/async-queue.js';
import { DEFAULT_PHONE_REGION } from '../shared/phone-region.js';
import { type ErrorDescription, reviveError, workerScript } from '../shared/worker-thread.js';
import { buildPerson } from './create-person.js';
import type { PreparedIndexing } from './indexing.js';
import type { CreatePersonInput, Person } from './schema.js';

/** People are built and handed over this many at a time. */
export const CHUNK = 2000;
/** From this many people a worker thread builds them (starting one costs about a thousand). */
const WORKER_FROM = 5000;
/** Chunks sent to the worker and not yet handed over. */
const CHUNKS_AHEAD = 4;

export type ToBuilder = { type: 'chunk'; start: number; now: string; region: string; inputs: CreatePersonInput[] };
/** Built people (a `BuiltChunk`) cross back as JSON text: one string to copy, and JSON.parse is faster than a structured clone. */
export type FromBuilder = { type: 'built'; json: string } | { type: 'error'; error: ErrorDescription };

/** A chunk of people built, and, from the worker, their indexing computed beside them. */
export type BuiltChunk = { people: Person[]; prepared?: PreparedIndexing };

/** Builds one chunk; a bad input fails naming its position in the whole batch. */
export function buildChunk(inputs: readonly CreatePersonInput[], start: number, now: Date): Person[] {
  return inputs.map((input, index) => {
    try {
      return buildPerson(input, now);
    } catch (error) {
      if (error instanceof KithError) {
        throw new KithError(error.code, `person ${start + index + 1}: ${error.message}`, error.details);
      }
      throw error;
    }
  });
}

export type BuildOptions = {
  /** The owner's phone region, for the identity keys the worker computes (default US). */
  region?: string;
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
  options: BuildOptions = {},
): AsyncGenerator<BuiltChunk> {
  const mode = options.worker ?? (availableParallelism() > 1 ? 'auto' : 'never');
  const wanted = mode === 'always' || (mode === 'auto' && inputs.length >= WORKER_FROM);
  const script = wanted
    ? workerScript('build-people-worker', new URL('./build-people-worker.ts', import.meta.url))
    : null;
  if (!script) {
    for (let start = 0; start < inputs.length; start += CHUNK) {
      yield { people: buildChunk(inputs.slice(start, start + CHUNK), start, now) };
    }
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
    const region = options.region ?? DEFAULT_PHONE_REGION;
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
