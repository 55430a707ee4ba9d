import { useQuery } from '@tanstack/react-query';
import type { NetworkTotals, OverdueDay, OverdueHistory } from '../../core/health/schema.js';
import { request } from './client.js';

export type { NetworkTotals, OverdueDay, OverdueHistory };

/** The share of people overdue at each month end of the last year, and today. */
export function useOverdueHistory() {
  return useQuery({
    // Under 'people' and 'interactions' would both fit; any write invalidates everything it touches.
    queryKey: ['health', 'overdue'],
    queryFn: ({ signal }) => request<OverdueHistory>('GET', '/health/overdue', { signal }),
  });
}

/** People per tier and interactions per month (the user's zone), counted by the server. */
export function useNetworkTotals() {
  return useQuery({
    // Under 'people' and 'interactions', so adding a person or logging an interaction refreshes it.
    queryKey: ['people', 'interactions', 'health-totals'],
    queryFn: ({ signal }) => request<NetworkTotals>('GET', '/health/totals', { signal }),
  });
}
