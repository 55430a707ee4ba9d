import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateEventInput,
  EventPrep,
  EventView,
  FollowUp,
  KithEvent,
  MeetAtEventInput,
  MeetResult,
  PersonEvent,
  SourcesReport,
} from '../../core/events/schema.js';
import type {
  CreateOrganizationInput,
  Organization,
  OrganizationView,
  PersonOrganization,
} from '../../core/organizations/schema.js';
import { request } from './client.js';

export { eventKinds } from '../../core/events/constants.js';
export { organizationKinds } from '../../core/organizations/constants.js';
export type {
  EventPrep,
  EventView,
  FollowUp,
  KithEvent,
  Organization,
  OrganizationView,
  PersonEvent,
  PersonOrganization,
  SourcesReport,
};

export const words = (value: string) => value.replaceAll('_', ' ');

export function useEvents(filter: { from?: string; to?: string } = {}) {
  return useQuery({
    queryKey: ['events', 'list', filter],
    queryFn: ({ signal }) => request<KithEvent[]>('GET', '/events', { query: filter, signal }),
  });
}

export function useEvent(id: string) {
  return useQuery({
    queryKey: ['events', 'one', id],
    queryFn: ({ signal }) => request<EventView>('GET', `/events/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useEventPrep(id: string) {
  return useQuery({
    queryKey: ['events', 'prep', id],
    queryFn: ({ signal }) => request<EventPrep>('GET', `/events/${encodeURIComponent(id)}/prep`, { signal }),
  });
}

export function useFollowUps(eventId?: string) {
  return useQuery({
    queryKey: ['events', 'follow-ups', eventId ?? 'all'],
    queryFn: ({ signal }) => request<FollowUp[]>('GET', '/follow-ups', { query: { eventId }, signal }),
  });
}

export function useCreateEvent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateEventInput) => request<KithEvent>('POST', '/events', { body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['events'] }),
  });
}

export function useMeetAtEvent(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MeetAtEventInput) =>
      request<MeetResult>('POST', `/events/${encodeURIComponent(eventId)}/met`, { body: input }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['events'] }),
        client.invalidateQueries({ queryKey: ['people'] }),
        client.invalidateQueries({ queryKey: ['today'] }),
      ]),
  });
}

export function useDismissFollowUp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, personId }: { eventId: string; personId: string }) =>
      request<unknown>(
        'POST',
        `/events/${encodeURIComponent(eventId)}/follow-ups/${encodeURIComponent(personId)}/dismiss`,
      ),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['events'] }),
        client.invalidateQueries({ queryKey: ['today'] }),
      ]),
  });
}

/** Opens a dismissed follow-up again: the Undo after "Done". */
export function useReopenFollowUp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, personId }: { eventId: string; personId: string }) =>
      request<unknown>(
        'POST',
        `/events/${encodeURIComponent(eventId)}/follow-ups/${encodeURIComponent(personId)}/reopen`,
      ),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['events'] }),
        client.invalidateQueries({ queryKey: ['today'] }),
      ]),
  });
}

export function useOrganizations() {
  return useQuery({
    queryKey: ['organizations', 'list'],
    queryFn: ({ signal }) => request<Organization[]>('GET', '/organizations', { signal }),
  });
}

export function useOrganization(id: string) {
  return useQuery({
    queryKey: ['organizations', 'one', id],
    queryFn: ({ signal }) => request<OrganizationView>('GET', `/organizations/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useCreateOrganization() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateOrganizationInput) => request<Organization>('POST', '/organizations', { body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['organizations'] }),
  });
}

export function useSources() {
  return useQuery({
    queryKey: ['sources'],
    queryFn: ({ signal }) => request<SourcesReport>('GET', '/sources', { signal }),
  });
}

/** The events a person is linked to, latest first. */
export function usePersonEvents(personId: string) {
  return useQuery({
    queryKey: ['events', 'person', personId],
    queryFn: ({ signal }) =>
      request<{ items: PersonEvent[] }>('GET', `/people/${encodeURIComponent(personId)}/events`, { signal }),
  });
}

/** The organizations a person is affiliated with, current first. */
export function usePersonOrganizations(personId: string) {
  return useQuery({
    queryKey: ['organizations', 'person', personId],
    queryFn: ({ signal }) =>
      request<{ items: PersonOrganization[] }>('GET', `/people/${encodeURIComponent(personId)}/organizations`, {
        signal,
      }),
  });
}
