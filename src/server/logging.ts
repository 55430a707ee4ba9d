import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';

export type LoggerOption = boolean | { level?: string; stream?: DestinationStream };

/**
 * pino, with a line per request written by the hook below instead of Fastify's own
 * request logging: it names the route pattern (never the URL, which may hold a sign-in
 * token) and never a header or body. Redaction is a second guard should anything log
 * a request anyway.
 */
export function loggerOptions(option: LoggerOption | undefined): FastifyServerOptions['logger'] {
  if (!option) return false;
  const { level = 'info', stream } = option === true ? {} : option;
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        'headers.authorization',
        'headers.cookie',
        '*.password',
        '*.currentPassword',
        '*.newPassword',
        '*.token',
        '*.notes',
      ],
      censor: '[redacted]',
    },
  };
}

export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        reqId: request.id,
        userId: request.user?.id ?? null,
        method: request.method,
        route: request.routeOptions.url ?? null,
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
  });
}
