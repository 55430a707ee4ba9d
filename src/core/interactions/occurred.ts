import { localDateOf, zonedTimeToInstant } from '../shared/dates.js';

export type Occurred = { occurredAt: string; occurredOn: string };

/**
 * When an interaction happened, and the local day it counts for. A plain date stays a
 * date; a date-time without an offset is wall-clock time in the user's zone, so 23:30
 * local counts for that local day whatever the UTC date.
 */
export function resolveOccurred(value: string | undefined, now: Date, timeZone: string): Occurred {
  if (value === undefined) return { occurredAt: now.toISOString(), occurredOn: localDateOf(now, timeZone) };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { occurredAt: value, occurredOn: value };
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const instant = new Date(value);
    return { occurredAt: instant.toISOString(), occurredOn: localDateOf(instant, timeZone) };
  }
  return { occurredAt: zonedTimeToInstant(value, timeZone).toISOString(), occurredOn: value.slice(0, 10) };
}
