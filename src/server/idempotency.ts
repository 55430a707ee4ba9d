import type { FastifyReply, FastifyRequest } from 'fastify';
import { runOnce } from '../core/idempotency/run-once.js';
import type { Deps } from '../core/repos.js';

/**
 * Answers a create, at most once per `Idempotency-Key` when the client sends one (the web
 * app's offline queue does: a retry after a lost answer gets the first answer, marked
 * `Idempotent-Replayed: true`). Without the header the create simply runs.
 */
export async function createOnce(
  request: FastifyRequest,
  reply: FastifyReply,
  create: (deps: Deps) => Promise<unknown>,
): Promise<FastifyReply> {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string') return reply.status(201).send(await create(request.deps));
  const fingerprint = `${request.method} ${request.url} ${JSON.stringify(request.body)}`;
  const answer = await runOnce(request.deps, key, fingerprint, async (tx) => ({
    status: 201,
    body: await create(tx),
  }));
  if (answer.replayed) reply.header('idempotent-replayed', 'true');
  return reply.status(answer.status).send(answer.body);
}
