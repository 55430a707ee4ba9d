import type { FastifyInstance } from 'fastify';
import { KithError } from '../core/errors.js';

/** A key that could reach an object's prototype when the value is later merged. */
function refusePrototypeKeys(key: string, value: unknown): unknown {
  const reachesPrototype =
    key === '__proto__' ||
    (key === 'constructor' && typeof value === 'object' && value !== null && 'prototype' in value);
  if (reachesPrototype) {
    throw new KithError('BAD_REQUEST', `The request body has a field named "${key}", which is not accepted`);
  }
  return value;
}

/**
 * JSON request bodies, read as Fastify does (prototype keys refused) but with errors that
 * say what is wrong: Fastify reported a "__proto__" key as "Body is not valid JSON".
 */
export function registerJsonBody(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = String(body);
    if (text.trim() === '') {
      done(new KithError('BAD_REQUEST', 'The request body is empty, but its Content-Type says it is JSON'), undefined);
      return;
    }
    try {
      done(null, JSON.parse(text, refusePrototypeKeys));
    } catch (error) {
      if (error instanceof KithError) done(error, undefined);
      else
        done(
          new KithError('BAD_REQUEST', `The request body is not valid JSON: ${(error as Error).message}`),
          undefined,
        );
    }
  });
}
