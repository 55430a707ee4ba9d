import { KithError } from '../errors.js';
import { type Deps, inTransaction } from '../repos.js';
import type { ClientRequest } from './repo.js';

/** What a create answered: the status and the body, the first time or replayed. */
export type Answer = { status: number; body: unknown; replayed: boolean };

const keyPattern = /^[\x21-\x7e]{1,200}$/;

function replay(stored: ClientRequest, request: string): Answer {
  if (stored.request !== request) {
    throw new KithError('CONFLICT', 'Idempotency-Key: this key was already used for a different request');
  }
  return { status: stored.status, body: JSON.parse(stored.response), replayed: true };
}

/**
 * Runs a create at most once per client key: the create and the remembered answer are
 * written in one transaction, so either both exist or neither does, and a retry (the
 * first answer was lost on the way back) returns the stored answer. Two retries racing
 * each other: the second one's save fails on the key, its transaction rolls back, and
 * it answers with what the first stored. A create that fails stores nothing, so a
 * refused request can be fixed and sent again with the same key.
 */
export async function runOnce(
  deps: Deps,
  key: string,
  request: string,
  create: (tx: Deps) => Promise<{ status: number; body: unknown }>,
): Promise<Answer> {
  if (!keyPattern.test(key)) {
    throw new KithError('BAD_REQUEST', 'Idempotency-Key: must be 1 to 200 visible ASCII characters');
  }
  try {
    return await inTransaction(deps, async (tx) => {
      const stored = await tx.repos.idempotency.find(key);
      if (stored) return replay(stored, request);
      const answer = await create(tx);
      await tx.repos.idempotency.save({
        key,
        request,
        status: answer.status,
        response: JSON.stringify(answer.body),
        createdAt: deps.now().toISOString(),
      });
      return { ...answer, replayed: false };
    });
  } catch (error) {
    const stored = await deps.repos.idempotency.find(key);
    if (stored) return replay(stored, request);
    throw error;
  }
}
