import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'kith_session';

/**
 * The browser keeps the cookie for 400 days (the most browsers allow) while the server
 * ends sessions idle for longer than the configured days: an active session is never
 * cut off at a fixed date, an idle one is refused whatever the browser kept.
 */
const COOKIE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

/** HttpOnly, SameSite=Lax, Secure when the request came over https (directly or via a trusted proxy). */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, session: string) {
  reply.setCookie(SESSION_COOKIE, session, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: COOKIE_MAX_AGE_SECONDS,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
