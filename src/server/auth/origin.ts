import type { FastifyRequest } from 'fastify';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(value: string): string | undefined {
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
}

/**
 * A write from a browser must come from our own pages: the Origin header must name this
 * server (or an origin configured as allowed). A cookie-authenticated write without
 * Origin is refused too; scripts using a Bearer token send no cookie and no Origin.
 */
export function originAllowed(request: FastifyRequest, cookieAuthenticated: boolean, allowed: readonly string[]) {
  if (SAFE_METHODS.has(request.method)) return true;
  const origin = request.headers.origin;
  if (!origin) return !cookieAuthenticated;
  const own = originOf(`${request.protocol}://${request.host}`);
  const given = originOf(origin);
  return given !== undefined && (given === own || allowed.some((entry) => originOf(entry) === given));
}
