import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'kith_session';

/** HttpOnly, SameSite=Lax, Secure when the request came over https (directly or via a trusted proxy). */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, session: string, idleDays: number) {
  reply.setCookie(SESSION_COOKIE, session, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: idleDays * 24 * 60 * 60,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
