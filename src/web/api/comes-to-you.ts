import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarFeedStatus, CreatedCalendarFeed } from '../../core/calendar/schema.js';
import type { DigestSendResult, DigestSettingsView, UpdateDigestSettingsInput } from '../../core/digest/schema.js';
import { request } from './client.js';

export type { CalendarFeedStatus, CreatedCalendarFeed, DigestSettingsView };

export function useCalendarFeed() {
  return useQuery({
    queryKey: ['calendar-feed'],
    queryFn: ({ signal }) => request<CalendarFeedStatus>('GET', '/calendar-feed', { signal }),
  });
}

/** Turns the feed on, or replaces its link; the link is in the answer only. */
export function useCreateCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (rotate: boolean) => request<CreatedCalendarFeed>('POST', '/calendar-feed', { body: { rotate } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['calendar-feed'] }),
  });
}

export function useRevokeCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<null>('DELETE', '/calendar-feed'),
    onSuccess: () => client.invalidateQueries({ queryKey: ['calendar-feed'] }),
  });
}

export function useDigestSettings() {
  return useQuery({
    queryKey: ['digest'],
    queryFn: ({ signal }) => request<DigestSettingsView>('GET', '/digest', { signal }),
  });
}

export function useUpdateDigestSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateDigestSettingsInput) => request<DigestSettingsView>('PATCH', '/digest', { body: input }),
    onSuccess: (view) => client.setQueryData(['digest'], view),
  });
}

export function useSendDigest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<DigestSendResult>('POST', '/digest/send'),
    onSuccess: () => client.invalidateQueries({ queryKey: ['digest'] }),
  });
}
