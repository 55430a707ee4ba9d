import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AttendeeList,
  AttendeeView,
  MorningFollowUp,
  NextMorning,
  TalkSuggestions,
} from '../../core/conference/schema.js';
import type { MeetResult } from '../../core/events/schema.js';
import type { ShareView } from '../../core/shares/schema.js';
import { request } from './client.js';

export type { AttendeeList, AttendeeView, MorningFollowUp, NextMorning, TalkSuggestions };

const eventPath = (eventId: string) => `/events/${encodeURIComponent(eventId)}`;

/** An event's attendee list: how many you know, who to find and why. */
export function useAttendees(eventId: string) {
  return useQuery({
    queryKey: ['events', 'attendees', eventId],
    queryFn: ({ signal }) => request<AttendeeList>('GET', `${eventPath(eventId)}/attendees`, { signal }),
  });
}

/** Replaces the attendee list with a CSV's rows (nobody is added to your people). */
export function useImportAttendees(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) => request<AttendeeList>('PUT', `${eventPath(eventId)}/attendees`, { body: { csv } }),
    onSuccess: (list) => client.setQueryData(['events', 'attendees', eventId], list),
  });
}

/** "Met them" from the list: a stranger becomes a person now. */
export function useMeetAttendee(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ attendeeId, note }: { attendeeId: string; note?: string | null }) =>
      request<MeetResult>('POST', `${eventPath(eventId)}/attendees/${encodeURIComponent(attendeeId)}/met`, {
        body: { note },
      }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['events'] }),
        client.invalidateQueries({ queryKey: ['people'] }),
        client.invalidateQueries({ queryKey: ['today'] }),
      ]),
  });
}

export function useTalkSuggestions(eventId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['events', 'talk', eventId],
    enabled,
    queryFn: ({ signal }) => request<TalkSuggestions>('GET', `${eventPath(eventId)}/talk/suggestions`, { signal }),
  });
}

/** Sends the talk's slides to someone: a share of the talk's item. */
export function useSendSlides(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { personId: string; slidesUrl?: string }) =>
      request<ShareView>('POST', `${eventPath(eventId)}/talk/shares`, { body: input }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['events'] }),
        client.invalidateQueries({ queryKey: ['items'] }),
        client.invalidateQueries({ queryKey: ['timeline'] }),
        client.invalidateQueries({ queryKey: ['today'] }),
      ]),
  });
}

/** The morning after an event: whom you met there and have not followed up with, with drafts. */
export function useNextMorning() {
  return useQuery({
    queryKey: ['today', 'next-morning'],
    queryFn: ({ signal }) => request<NextMorning>('GET', '/follow-ups/next-morning', { signal }),
  });
}
