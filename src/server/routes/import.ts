import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { importContacts } from '../../core/import/import-contacts.js';
import { importFormats, importSummarySchema, MAX_IMPORT_BYTES } from '../../core/import/schema.js';

const titles = {
  linkedin: 'LinkedIn Connections.csv',
  google: 'Google Contacts CSV (an Outlook or kith CSV is recognised by its header)',
  csv: 'contacts CSV: Google, Outlook or kith, told apart by the header',
  vcard: 'vCard file (2.1, 3.0 or 4.0)',
} as const;

/** Import: the request body is the file's text (text/plain, text/csv or text/vcard). */
export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(
    ['text/csv', 'text/vcard', 'text/x-vcard', 'text/directory'],
    { parseAs: 'string', bodyLimit: MAX_IMPORT_BYTES },
    (_request, body, done) => done(null, body),
  );

  // One path per format rather than a {format} parameter: path parameters are ids here.
  for (const format of importFormats) {
    app.post(
      `/import/${format}`,
      {
        bodyLimit: MAX_IMPORT_BYTES,
        schema: {
          tags: ['import'],
          summary: `Import a ${titles[format]}, sent as the body`,
          querystring: z.object({
            dryRun: z.enum(['true', 'false']).default('false'),
            skipUnreadable: z.enum(['true', 'false']).default('false'),
          }),
          body: z.string(),
          response: { 200: importSummarySchema },
        },
      },
      async (request) =>
        importContacts(request.deps, {
          format,
          text: request.body,
          dryRun: request.query.dryRun === 'true',
          skipUnreadable: request.query.skipUnreadable === 'true',
        }),
    );
  }
};
