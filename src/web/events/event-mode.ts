import { useEffect, useState } from 'react';
import { type KithEvent, useEvents } from '../api/events.js';
import { localToday } from '../components/dates.js';

/**
 * Event mode: "I'm at <event>". While it is on, quick capture links everyone to that event
 * and offers the fields that matter there. The choice is kept on this device (it is about
 * where the phone is, not the account), for the day it was made.
 */
type Choice = { eventId: string | null; day: string };

const KEY = 'kith.eventMode';
const CHANGED = 'kith-event-mode-changed';

function readChoice(): Choice | null {
  try {
    const choice = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Choice | null;
    return choice && choice.day === localToday() ? choice : null;
  } catch {
    return null;
  }
}

/** Says "I'm at" this event (or, with null, at none today, which also stops the automatic choice). */
export function chooseEvent(eventId: string | null): void {
  localStorage.setItem(KEY, JSON.stringify({ eventId, day: localToday() } satisfies Choice));
  window.dispatchEvent(new Event(CHANGED));
}

/** An event on today, as you go to it: not skipped. */
export function runsToday(event: KithEvent, today = localToday()): boolean {
  return event.status !== 'skipped' && event.startsOn <= today && today <= (event.endsOn ?? event.startsOn);
}

/** An event within a week of today, either side: the ones quick capture offers. */
function isNearby(event: KithEvent, from = localToday(-7), to = localToday(7)): boolean {
  return (event.endsOn ?? event.startsOn) >= from && event.startsOn <= to;
}

export type EventMode = {
  /** The event you are at, or null. */
  event: KithEvent | null;
  /** True when nobody chose: it is the event running today. */
  automatic: boolean;
  /** Events around today, to choose from. */
  nearby: KithEvent[];
};

/** The event you said you are at today, else the one you attend that is running now. */
export function useEventMode(): EventMode {
  // The whole list, as the Events page reads it, filtered here: the service worker keeps a
  // read under its address, and one with today's dates in it would miss offline on the
  // morning of the event (kept yesterday under yesterday's dates), leaving event mode off.
  const events = useEvents();
  const [choice, setChoice] = useState(readChoice);
  useEffect(() => {
    const update = () => setChoice(readChoice());
    window.addEventListener(CHANGED, update);
    return () => window.removeEventListener(CHANGED, update);
  }, []);
  const nearby = (events.data ?? []).filter((event) => isNearby(event));
  if (choice) {
    return { event: nearby.find((event) => event.id === choice.eventId) ?? null, automatic: false, nearby };
  }
  return { event: nearby.find((event) => runsToday(event)) ?? null, automatic: true, nearby };
}
