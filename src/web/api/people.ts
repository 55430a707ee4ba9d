import {
  keepPreviousData,
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { ArchivedFilter, CreatePersonInput, Person, Tier, UpdatePersonInput } from '../../core/people/schema.js';
import { request } from './client.js';

export { archivedChoices, tiers } from '../../core/people/constants.js';
export type { ArchivedFilter, CreatePersonInput, Person, Tier, UpdatePersonInput };

export type Page<T> = { items: T[]; nextCursor: string | null };

export type PeopleFilter = {
  q: string;
  tier: Tier | '';
  tag: string;
  topic: string;
  company: string;
  archived: ArchivedFilter;
};

const pageSize = 500;

/** A search's first page fills a screen or two; scrolling asks for the next. */
const searchPageSize = 50;

/**
 * Without a search term the list pages through everyone; with one it asks the server's
 * ranked search. Either way the list fetches the next page as you scroll near the end.
 */
export function usePeopleList(filter: PeopleFilter) {
  const { q, ...rest } = filter;
  return useInfiniteQuery({
    queryKey: ['people', 'list', filter],
    initialPageParam: undefined as string | undefined,
    placeholderData: keepPreviousData,
    queryFn: ({ pageParam, signal }) =>
      request<Page<Person>>('GET', '/people', {
        query: {
          ...rest,
          ...(q.trim() ? { q: q.trim(), limit: searchPageSize } : { limit: pageSize }),
          cursor: pageParam,
        },
        signal,
      }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    select: (data) => data.pages.flatMap((page) => page.items),
  });
}

/** Whether the network holds no one, archived or not: a new network gets the first-run screen. */
export function useNetworkIsNew(enabled = true) {
  return useQuery({
    // Under the list's key, so every change to people asks again.
    queryKey: ['people', 'list', 'is-new'],
    enabled,
    queryFn: async ({ signal }) => {
      const page = await request<Page<Person>>('GET', '/people', { query: { archived: 'include', limit: 1 }, signal });
      return page.items.length === 0;
    },
  });
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: ['people', 'one', id],
    enabled: id !== '',
    queryFn: ({ signal }) => request<Person>('GET', `/people/${encodeURIComponent(id)}`, { signal }),
  });
}

function refreshPeople(client: QueryClient, person?: Person) {
  if (person) client.setQueryData(['people', 'one', person.id], person);
  return client.invalidateQueries({ queryKey: ['people', 'list'] });
}

export function useCreatePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePersonInput) => request<Person>('POST', '/people', { body: input }),
    onSuccess: (person) => refreshPeople(client, person),
  });
}

export function useUpdatePerson(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: UpdatePersonInput) =>
      request<Person>('PATCH', `/people/${encodeURIComponent(id)}`, { body: patch }),
    onSuccess: (person) => refreshPeople(client, person),
  });
}

export function useArchivePerson(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (archived: boolean) =>
      request<Person>('POST', `/people/${encodeURIComponent(id)}/${archived ? 'archive' : 'unarchive'}`),
    onSuccess: (person) => refreshPeople(client, person),
  });
}

export function useDeletePerson(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<Person>('DELETE', `/people/${encodeURIComponent(id)}`),
    onSuccess: () => {
      client.removeQueries({ queryKey: ['people', 'one', id] });
      return refreshPeople(client);
    },
  });
}
