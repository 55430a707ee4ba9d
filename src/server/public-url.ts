import type { FastifyRequest } from 'fastify';

/**
 * The address people reach this server at, for links that leave it (a calendar feed,
 * links in a digest): `KITH_PUBLIC_URL` when set, else the request's own.
 */
export function publicBaseUrl(request: FastifyRequest, configured: string | undefined): string {
  if (configured) return configured.replace(/\/+$/, '');
  return `${request.protocol}://${request.host}`;
}
