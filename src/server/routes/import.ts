import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importContacts } from '../../core/import/import-contacts.js';
import { importFormats, importSummarySchema, MAX_IMPORT_BYTES } from '../../core/import/schema.js';

/** Import: the request body is the file's text (text/plain, text/csv or text/vcard). */
export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(
    ['text/csv', 'text/vcard', 'text/x-vcard', 'text/directory'],
    { parseAs: 'string', bodyLimit: MAX_IMPORT_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/import/:format',
    {
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        tags: ['import'],
        summary: 'Import a LinkedIn Connections.csv, Google Contacts CSV or vCard file, sent as the body',
        params: z.object({ format: z.enum(importFormats) }),
        querystring: z.object({ dryRun: z.enum(['true', 'false']).default('false') }),
        body: z.string(),
        response: { 200: importSummarySchema },
      },
    },
    async (request) =>
      importContacts(request.deps, {
        format: request.params.format,
        text: request.body,
        dryRun: request.query.dryRun === 'true',
      }),
  );
};
