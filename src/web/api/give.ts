import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  IntroductionStatus,
  IntroductionSuggestion,
  IntroductionView,
  StartIntroductionInput,
  UpdateIntroductionInput,
} from '../../core/introductions/schema.js';
import type { CreateItemInput, Item, ItemKind, ItemView, UpdateItemInput } from '../../core/items/schema.js';
import type { ItemSuggestion, ShareView } from '../../core/shares/schema.js';
import { request } from './client.js';
import type { Page } from './people.js';

export type {
  IntroductionStatus,
  IntroductionSuggestion,
  IntroductionView,
  Item,
  ItemKind,
  ItemSuggestion,
  ItemView,
  ShareView,
};
export type RecipientSuggestion = { id: string; name: string; score: number; reasons: string[] };

export { introductionStatuses } from '../../core/introductions/constants.js';

export function useItems() {
  return useQuery({
    queryKey: ['items', 'list'],
    queryFn: ({ signal }) => request<Page<Item>>('GET', '/items', { query: { limit: 200 }, signal }),
  });
}

export function useItem(id: string) {
  return useQuery({
    queryKey: ['items', 'one', id],
    queryFn: ({ signal }) => request<ItemView>('GET', `/items/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useCreateItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateItemInput) => request<Item>('POST', '/items', { body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['items'] }),
  });
}

export function useRecipientSuggestions(itemId: string) {
  return useQuery({
    queryKey: ['items', 'suggestions', itemId],
    queryFn: ({ signal }) =>
      request<RecipientSuggestion[]>('GET', `/items/${encodeURIComponent(itemId)}/suggestions`, {
        query: { limit: 20 },
        signal,
      }),
  });
}

export function useShareItem(itemId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { personId: string; note?: string | null }) =>
      request<ShareView>('POST', `/items/${encodeURIComponent(itemId)}/shares`, { body: input }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['items'] }),
        client.invalidateQueries({ queryKey: ['timeline'] }),
        client.invalidateQueries({ queryKey: ['today'] }),
      ]),
  });
}

export function useIntroductions() {
  return useQuery({
    queryKey: ['introductions', 'list'],
    queryFn: ({ signal }) => request<IntroductionView[]>('GET', '/introductions', { signal }),
  });
}

export function useIntroductionSuggestions() {
  return useQuery({
    queryKey: ['introductions', 'suggestions'],
    queryFn: ({ signal }) => request<IntroductionSuggestion[]>('GET', '/introductions/suggestions', { signal }),
  });
}

export function useStartIntroduction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: StartIntroductionInput) => request<IntroductionView>('POST', '/introductions', { body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['introductions'] }),
  });
}

/** Dismisses a suggested pair with feedback; it is not suggested again. */
export function useDismissSuggestion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { personAId: string; personBId: string; feedback: string | null }) =>
      request<unknown>('POST', '/introductions/suggestions/dismiss', { body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['introductions', 'suggestions'] }),
  });
}

export function useUpdateIntroduction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateIntroductionInput & { id: string }) =>
      request<IntroductionView>('PATCH', `/introductions/${encodeURIComponent(id)}`, { body: input }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['introductions'] }),
        client.invalidateQueries({ queryKey: ['reminders'] }),
      ]),
  });
}

/** The owner's items this person would value, best first; what they already got is left out. */
export function useSuggestedItems(personId: string) {
  return useQuery({
    queryKey: ['items', 'for-person', personId],
    queryFn: ({ signal }) =>
      request<ItemSuggestion[]>('GET', `/people/${encodeURIComponent(personId)}/suggested-items`, {
        query: { limit: 5 },
        signal,
      }),
  });
}

export type { UpdateItemInput };

/** Changes an item's fields (kind, title, summary, job details, topics). */
export function useUpdateItem(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: UpdateItemInput) => request<Item>('PATCH', `/items/${encodeURIComponent(id)}`, { body: patch }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['items'] }),
  });
}

/** Archives an item (kept with its shares, out of lists and suggestions) or brings it back. */
export function useArchiveItem(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (archived: boolean) =>
      request<Item>('POST', `/items/${encodeURIComponent(id)}/${archived ? 'archive' : 'unarchive'}`),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['items'] }),
        client.invalidateQueries({ queryKey: ['today'] }),
      ]),
  });
}

/** Archived items, for the Give page's "archived" list. */
export function useArchivedItems(enabled: boolean) {
  return useQuery({
    queryKey: ['items', 'archived'],
    enabled,
    queryFn: ({ signal }) => request<Page<Item>>('GET', '/items', { query: { limit: 200, archived: 'only' }, signal }),
  });
}

/** Takes back a recorded share (and the interaction it logged): the Undo after sending. */
export function useUnshareItem(itemId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) =>
      request<ShareView>('DELETE', `/items/${encodeURIComponent(itemId)}/shares/${encodeURIComponent(personId)}`),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['items'] }),
        client.invalidateQueries({ queryKey: ['timeline'] }),
        client.invalidateQueries({ queryKey: ['today'] }),
      ]),
  });
}
