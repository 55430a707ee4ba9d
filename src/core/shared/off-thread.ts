import type { ContactFormat } from '../../formats/contact-record.js';
import type { TextChunks } from '../../formats/text-stream.js';
import type { ValidatedBatch, ValidationContext } from '../import/validate-records.js';

/**
 * The port for work that may run beside the thread that writes (ADR 0013): core says what
 * is computed, `src/threads/` decides where. Either way the same batches come out in the
 * same order, and a bad record throws the same error after the batches before it.
 */
export type OffThread = {
  /** A contacts file read and validated a batch at a time. */
  readValidated(format: ContactFormat, source: TextChunks, context: ValidationContext): AsyncGenerator<ValidatedBatch>;
};

/**
 * The same work done in the calling thread: what a use-case does when no other is given.
 * The parsers load on first use (most use-cases never need them).
 */
export const inThisThread: OffThread = {
  async *readValidated(format, source, context) {
    const { validatedBatches } = await import('../import/validate-records.js');
    yield* validatedBatches(format, source, context);
  },
};
