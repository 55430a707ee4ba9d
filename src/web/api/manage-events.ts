import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { KithEvent, UpdateEventInput } from '../../core/events/schema.js';
import type {
  AffiliateInput,
  AffiliateResult,
  JoinOrganizationInput,
  Organization,
  UpdateOrganizationInput,
} from '../../core/organizations/schema.js';
import { request } from './client.js';

/** Editing and linking events and organizations: every write refreshes both. */
function useEventsMutation<I, O>(send: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['events'] }),
        client.invalidateQueries({ queryKey: ['organizations'] }),
        client.invalidateQueries({ queryKey: ['today'] }),
      ]),
  });
}

/**
 * Deleting one: its page is left first and only the lists refresh, so nothing asks
 * for the record that is gone.
 */
function useDeleteMutation(kind: 'events' | 'organizations', id: string, onGone: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<unknown>('DELETE', at(kind, id)),
    onSuccess: () => {
      onGone();
      client.removeQueries({ queryKey: [kind, 'one', id] });
      return Promise.all([
        client.invalidateQueries({ queryKey: ['events', 'list'] }),
        client.invalidateQueries({ queryKey: ['organizations', 'list'] }),
        client.invalidateQueries({ queryKey: ['today'] }),
      ]);
    },
  });
}

const at = (kind: 'events' | 'organizations', id: string, rest = '') => `/${kind}/${encodeURIComponent(id)}${rest}`;

export function useUpdateEvent(id: string) {
  return useEventsMutation((patch: UpdateEventInput) => request<KithEvent>('PATCH', at('events', id), { body: patch }));
}

/** Links (or unlinks, with null) any event to an organization. */
export function useLinkEvent() {
  return useEventsMutation(({ eventId, organizationId }: { eventId: string; organizationId: string | null }) =>
    request<KithEvent>('PATCH', at('events', eventId), { body: { organizationId } }),
  );
}

export function useDeleteEvent(id: string, onGone: () => void) {
  return useDeleteMutation('events', id, onGone);
}

export function useMarkAttending(eventId: string) {
  return useEventsMutation((input: { person: string; note?: string | null }) =>
    request<unknown>('POST', at('events', eventId, '/attending'), { body: input }),
  );
}

export function useUpdateOrganization(id: string) {
  return useEventsMutation((patch: UpdateOrganizationInput) =>
    request<Organization>('PATCH', at('organizations', id), { body: patch }),
  );
}

export function useDeleteOrganization(id: string, onGone: () => void) {
  return useDeleteMutation('organizations', id, onGone);
}

export function useJoinOrganization(id: string) {
  return useEventsMutation((input: JoinOrganizationInput | null) =>
    input
      ? request<Organization>('PUT', at('organizations', id, '/membership'), { body: input })
      : request<Organization>('PATCH', at('organizations', id), { body: { membership: null } }),
  );
}

export function useAffiliate(id: string) {
  return useEventsMutation((input: AffiliateInput) =>
    request<AffiliateResult>('PUT', at('organizations', id, '/affiliations'), { body: input }),
  );
}
