import type { ContactFormat } from '../../formats/contact-record.js';
import type { TextChunks } from '../../formats/text-stream.js';
import type { ValidatedBatch, ValidationContext } from '../import/validate-records.js';
import type { BuiltChunk } from '../people/build-people.js';
import type { CreatePersonInput } from '../people/schema.js';

/**
 * The port for work that may run beside the thread that writes (ADR 0013, ADR 0015): core
 * says what is computed, `src/threads/` decides where. Either way the same batches come out
 * in the same order, and a bad record throws the same error after the batches before it.
 */
export type OffThread = {
  /** A contacts file read and validated a batch at a time. */
  readValidated(format: ContactFormat, source: TextChunks, context: ValidationContext): AsyncGenerator<ValidatedBatch>;
  /** People built (validated, with ids and timestamps) CHUNK at a time, in input order. */
  buildPeople(inputs: readonly CreatePersonInput[], now: Date, region: string): AsyncGenerator<BuiltChunk>;
};

/**
 * The same work done in the calling thread: what a use-case does when no other is given.
 * The parsers and builders load on first use (most use-cases never need them).
 */
export const inThisThread: OffThread = {
  async *readValidated(format, source, context) {
    const { validatedBatches } = await import('../import/validate-records.js');
    yield* validatedBatches(format, source, context);
  },
  async *buildPeople(inputs, now) {
    const { buildChunk, CHUNK } = await import('../people/build-people.js');
    for (let start = 0; start < inputs.length; start += CHUNK) {
      yield { people: buildChunk(inputs.slice(start, start + CHUNK), start, now) };
    }
  },
};
