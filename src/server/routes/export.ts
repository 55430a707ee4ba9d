import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportContacts } from '../../core/export/export-contacts.js';
import { exportFormats } from '../../core/export/schema.js';

/** Export: the file itself, with its content type and a filename to save it under. */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/export/:format',
    {
      schema: {
        tags: ['export'],
        summary: 'Download your network as vCard or CSV, or everything as a JSON backup',
        params: z.object({ format: z.enum(exportFormats) }),
        querystring: z.object({ vcardVersion: z.enum(['3.0', '4.0']).default('3.0') }),
      },
    },
    async (request, reply) => {
      const file = await exportContacts(request.deps, {
        format: request.params.format,
        vcardVersion: request.query.vcardVersion,
      });
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body);
    },
  );
};
