import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { exportContacts } from '../../core/export/export-contacts.js';
import { exportFormats } from '../../core/export/schema.js';

const summaries = {
  vcard: 'Download your people as vCard (3.0, or 4.0 with vcardVersion=4.0)',
  csv: 'Download your people as CSV, one row per person',
  'google-csv': 'Download your people as a Google Contacts CSV (Google Contacts imports it)',
  json: 'Download everything you own as a versioned JSON backup',
} as const;

/** Export: the file itself, with its content type and a filename to save it under. */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  // One path per format rather than a {format} parameter: path parameters are ids here.
  for (const format of exportFormats) {
    app.get(
      `/export/${format}`,
      {
        schema: {
          tags: ['export'],
          summary: summaries[format],
          querystring: z.object({ vcardVersion: z.enum(['3.0', '4.0']).default('3.0') }),
        },
      },
      async (request, reply) => {
        const file = await exportContacts(request.deps, { format, vcardVersion: request.query.vcardVersion });
        return reply
          .type(file.contentType)
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          .send(file.body);
      },
    );
  }
};
