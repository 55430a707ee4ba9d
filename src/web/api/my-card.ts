import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreatedCardLink, MyCardView, UpdateMyCardInput } from '../../core/my-card/schema.js';
import { request } from './client.js';

export type { CreatedCardLink, MyCardView, UpdateMyCardInput };

export function useMyCard() {
  return useQuery({
    queryKey: ['my-card'],
    queryFn: ({ signal }) => request<MyCardView>('GET', '/my-card', { signal }),
  });
}

export function useUpdateMyCard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateMyCardInput) => request<MyCardView>('PATCH', '/my-card', { body: input }),
    onSuccess: (view) => client.setQueryData(['my-card'], view),
  });
}

/** Makes the card's link, or replaces it; the link is in the answer only. */
export function useCreateCardLink() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (rotate: boolean) => request<CreatedCardLink>('POST', '/my-card/link', { body: { rotate } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['my-card'] }),
  });
}

export function useRevokeCardLink() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<null>('DELETE', '/my-card/link'),
    onSuccess: () => client.invalidateQueries({ queryKey: ['my-card'] }),
  });
}
