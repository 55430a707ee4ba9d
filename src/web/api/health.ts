import { useQuery } from '@tanstack/react-query';
import type { OverdueDay, OverdueHistory } from '../../core/health/schema.js';
import { request } from './client.js';

export type { OverdueDay, OverdueHistory };

/** The share of people overdue at each month end of the last year, and today. */
export function useOverdueHistory() {
  return useQuery({
    // Under 'people' and 'interactions' would both fit; any write invalidates everything it touches.
    queryKey: ['health', 'overdue'],
    queryFn: ({ signal }) => request<OverdueHistory>('GET', '/health/overdue', { signal }),
  });
}
