import type { FastifyReply, FastifyRequest } from 'fastify';

export const DEVICE_COOKIE = 'kith_device';

/** Sent only to the auth routes; kept as long as browsers allow (400 days). */
export function setDeviceCookie(request: FastifyRequest, reply: FastifyReply, device: string) {
  reply.setCookie(DEVICE_COOKIE, device, {
    path: '/api/v1/auth',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    maxAge: 400 * 24 * 60 * 60,
  });
}
