import type { FastifyRequest } from 'fastify';
import { KithError } from '../../core/errors.js';

/**
 * An onRequest hook for admin routes: to anyone but an admin they do not exist (404),
 * so they reveal neither what they hold nor that an admin API is here (ADR 0005).
 */
export async function adminOnly(request: FastifyRequest): Promise<void> {
  if (!request.user?.isAdmin) {
    throw new KithError('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`);
  }
}
