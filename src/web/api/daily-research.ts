import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AnswerTierAdviceInput,
  ReconnectionDraft,
  TierAdvice,
  TierSuggestion,
} from '../../core/keep-in-touch/schema.js';
import { request } from './client.js';

export type { ReconnectionDraft, TierAdvice, TierSuggestion };

const refreshToday = (client: ReturnType<typeof useQueryClient>) =>
  Promise.all([
    client.invalidateQueries({ queryKey: ['today'] }),
    client.invalidateQueries({ queryKey: ['people'] }),
    client.invalidateQueries({ queryKey: ['tiers'] }),
  ]);

/** A reconnection opener, read when asked for (`enabled`): when you last spoke and what you share, your last note beside it. */
export function useDraft(personId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['draft', personId],
    enabled,
    queryFn: ({ signal }) =>
      request<ReconnectionDraft>('GET', `/people/${encodeURIComponent(personId)}/draft`, { signal }),
  });
}

export function useDismissReconnect() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => request('POST', `/people/${encodeURIComponent(personId)}/reconnect/dismiss`),
    onSuccess: () => refreshToday(client),
  });
}

export function useAnswerTierAdvice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AnswerTierAdviceInput) => request('POST', '/today/tier-advice', { body: input }),
    onSuccess: () => refreshToday(client),
  });
}

export function useTierSuggestions(enabled: boolean) {
  return useQuery({
    queryKey: ['tiers', 'suggestions'],
    enabled,
    queryFn: ({ signal }) => request<{ items: TierSuggestion[] }>('GET', '/tiers/suggestions', { signal }),
  });
}

export function useAcceptTierSuggestions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (personIds: string[]) =>
      request<{ items: TierSuggestion[] }>('POST', '/tiers/suggestions/accept', { body: { personIds } }),
    onSuccess: () => refreshToday(client),
  });
}
