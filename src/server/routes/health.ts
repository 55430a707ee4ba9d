import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getNetworkTotals } from '../../core/health/get-network-totals.js';
import { getOverdueHistory } from '../../core/health/get-overdue-history.js';
import {
  networkTotalsQuerySchema,
  networkTotalsSchema,
  overdueHistoryQuerySchema,
  overdueHistorySchema,
} from '../../core/health/schema.js';

/** Figures for the network-health dashboard that the other routes do not already give. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health/overdue',
    {
      schema: {
        tags: ['network health'],
        summary:
          'The share of people with a cadence who were overdue, at each month end of the last year and today (from interaction history)',
        querystring: overdueHistoryQuerySchema,
        response: { 200: overdueHistorySchema },
      },
    },
    async (request) => getOverdueHistory(request.deps, request.query),
  );
  app.get(
    '/health/totals',
    {
      schema: {
        tags: ['network health'],
        summary: 'People per tier, and interactions per month over the last year in the user’s time zone',
        querystring: networkTotalsQuerySchema,
        response: { 200: networkTotalsSchema },
      },
    },
    async (request) => getNetworkTotals(request.deps, request.query),
  );
};
