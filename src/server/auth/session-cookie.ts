import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'kith_session';

/**
 * The browser keeps the cookie for 400 days (the most browsers allow) while the server
 * ends sessions idle for longer than the configured days: an active session is never
 * cut off at a fixed date, an idle one is refused whatever the browser kept.
 */
const COOKIE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

/** HttpOnly, kept 400 days, Secure when the request came over https (directly or via a trusted proxy). */
function setCredentialCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  cookie: { name: string; value: string; path: string; sameSite: 'lax' | 'strict' },
) {
  reply.setCookie(cookie.name, cookie.value, {
    path: cookie.path,
    httpOnly: true,
    sameSite: cookie.sameSite,
    secure: request.protocol === 'https',
    maxAge: COOKIE_MAX_AGE_SECONDS,
  });
}

/** The session: sent with every request of the site, SameSite=Lax. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, session: string) {
  setCredentialCookie(request, reply, { name: SESSION_COOKIE, value: session, path: '/', sameSite: 'lax' });
}

/** A browser that has signed in before (ADR 0016): sent only to the auth routes. */
export const DEVICE_COOKIE = 'kith_device';

export function setDeviceCookie(request: FastifyRequest, reply: FastifyReply, device: string) {
  setCredentialCookie(request, reply, { name: DEVICE_COOKIE, value: device, path: '/api/v1/auth', sameSite: 'strict' });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
