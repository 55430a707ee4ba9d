import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateOccasionInput, StoredOccasion } from '../../core/occasions/schema.js';
import type { CreateReminderInput, Reminder } from '../../core/reminders/schema.js';
import { request } from './client.js';

export type { Reminder, StoredOccasion };

/** Reminders and dates feed Today (due reminders, dates coming up): both are re-read after a change. */
function refresh(client: QueryClient) {
  return Promise.all([
    client.invalidateQueries({ queryKey: ['reminders'] }),
    client.invalidateQueries({ queryKey: ['occasions'] }),
    client.invalidateQueries({ queryKey: ['today'] }),
  ]);
}

/** Every open reminder, due or not (done ones leave the list). */
export function useOpenReminders() {
  return useQuery({
    queryKey: ['reminders', 'open'],
    queryFn: ({ signal }) => request<{ items: Reminder[] }>('GET', '/reminders', { query: { all: 'true' }, signal }),
  });
}

export function useCreateReminder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateReminderInput) => request<Reminder>('POST', '/reminders', { body: input }),
    onSuccess: () => refresh(client),
  });
}

export function useSnoozeReminder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, duration, until }: { id: string; duration?: string; until?: string }) =>
      request<Reminder>('POST', `/reminders/${encodeURIComponent(id)}/snooze`, {
        body: until ? { until } : { for: duration },
      }),
    onSuccess: () => refresh(client),
  });
}

export function useDeleteReminder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request<Reminder>('DELETE', `/reminders/${encodeURIComponent(id)}`),
    onSuccess: () => refresh(client),
  });
}

export function useDoneReminder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request<Reminder>('POST', `/reminders/${encodeURIComponent(id)}/complete`),
    onSuccess: () => refresh(client),
  });
}

/** A person's important yearly dates besides their birthday. */
export function useOccasions(personId: string) {
  return useQuery({
    queryKey: ['occasions', personId],
    queryFn: ({ signal }) =>
      request<{ items: StoredOccasion[] }>('GET', `/people/${encodeURIComponent(personId)}/occasions`, { signal }),
  });
}

export function useCreateOccasion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, ...input }: CreateOccasionInput) =>
      request<StoredOccasion>('POST', `/people/${encodeURIComponent(personId)}/occasions`, { body: input }),
    onSuccess: () => refresh(client),
  });
}

export function useDeleteOccasion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request<StoredOccasion>('DELETE', `/occasions/${encodeURIComponent(id)}`),
    onSuccess: () => refresh(client),
  });
}
