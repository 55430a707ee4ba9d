import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Interaction,
  InteractionKind,
  LogInteractionInput,
  UpdateInteractionInput,
} from '../../core/interactions/schema.js';
import type {
  ContactState,
  DriftDecision,
  DriftStanding,
  Today,
  TodayEntry,
  UpcomingOccasion,
} from '../../core/keep-in-touch/schema.js';
import type { Reminder } from '../../core/reminders/schema.js';
import type { Settings, UpdateSettingsInput } from '../../core/settings/schema.js';
import type { TimelineEntry } from '../../core/timeline/schema.js';
import { request } from './client.js';

export { interactionKinds } from '../../core/interactions/constants.js';
export type { Interaction, InteractionKind, Reminder, Settings, TimelineEntry, Today, TodayEntry };

/** Anything that changes who is due: the daily list, timelines and people's tiers are re-read. */
function refreshContact(client: QueryClient) {
  return Promise.all([
    client.invalidateQueries({ queryKey: ['today'] }),
    client.invalidateQueries({ queryKey: ['timeline'] }),
    client.invalidateQueries({ queryKey: ['people'] }),
  ]);
}

export function useToday() {
  return useQuery({ queryKey: ['today'], queryFn: ({ signal }) => request<Today>('GET', '/today', { signal }) });
}

export function useLogInteraction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: LogInteractionInput) => request<Interaction>('POST', '/interactions', { body: input }),
    onSuccess: () => refreshContact(client),
  });
}

/** Changes a logged interaction: its kind, day, note or details. */
export function useUpdateInteraction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateInteractionInput & { id: string }) =>
      request<Interaction>('PATCH', `/interactions/${encodeURIComponent(id)}`, { body: input }),
    onSuccess: () => refreshContact(client),
  });
}

/** Takes back a logged interaction (the Undo after logging, Delete on the timeline). */
export function useDeleteInteraction() {
  const client = useQueryClient();
  return useMutation({
    // The answer is the interaction deleted, whole: what an Undo logs again.
    mutationFn: (id: string) => request<Interaction>('DELETE', `/interactions/${encodeURIComponent(id)}`),
    onSuccess: () => refreshContact(client),
  });
}

export function useSnoozePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, duration, until }: { personId: string; duration?: string; until?: string }) =>
      request<ContactState>('POST', `/people/${encodeURIComponent(personId)}/snooze`, {
        body: until ? { until } : { for: duration },
      }),
    onSuccess: () => refreshContact(client),
  });
}

export function useDriftDecision() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, accept }: { personId: string; accept: boolean }) =>
      request<DriftDecision>('POST', `/people/${encodeURIComponent(personId)}/drift/${accept ? 'accept' : 'dismiss'}`),
    onSuccess: () => refreshContact(client),
  });
}

/** Puts back what a drift answer changed (its `before`), so the question comes back on the daily list. */
export function useUndoDrift() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, before }: { personId: string; before: DriftStanding }) =>
      request<DriftDecision>('POST', `/people/${encodeURIComponent(personId)}/drift/undo`, { body: before }),
    onSuccess: () => refreshContact(client),
  });
}

export function useDueReminders() {
  return useQuery({
    queryKey: ['reminders', 'due'],
    queryFn: ({ signal }) => request<{ items: Reminder[] }>('GET', '/reminders', { signal }),
  });
}

export function useCompleteReminder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request<Reminder>('POST', `/reminders/${encodeURIComponent(id)}/complete`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reminders'] }),
  });
}

export function useTimeline(personId: string) {
  return useQuery({
    queryKey: ['timeline', personId],
    queryFn: ({ signal }) =>
      request<{ items: TimelineEntry[] }>('GET', `/people/${encodeURIComponent(personId)}/timeline`, { signal }),
  });
}

export function useSettings() {
  return useQuery({
    queryKey: ['settings'],
    queryFn: ({ signal }) => request<Settings>('GET', '/settings', { signal }),
  });
}

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateSettingsInput) => request<Settings>('PATCH', '/settings', { body: input }),
    onSuccess: (settings) => {
      client.setQueryData(['settings'], settings);
      return client.invalidateQueries({ queryKey: ['today'] });
    },
  });
}

export type { UpcomingOccasion };

/** Birthdays and important dates in the next 14 days, soonest first. */
export function useUpcomingOccasions() {
  return useQuery({
    queryKey: ['today', 'occasions'],
    queryFn: ({ signal }) =>
      request<{ items: UpcomingOccasion[] }>('GET', '/occasions/upcoming', { query: { days: 14 }, signal }),
  });
}
