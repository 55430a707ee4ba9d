import { localDateOf } from '../shared/dates.js';
import type { DigestSettings } from './schema.js';

/** The user's local day, ISO weekday (1 Monday … 7 Sunday) and hour at an instant. */
export function localMoment(now: Date, timeZone: string): { day: string; weekday: number; hour: number } {
  const day = localDateOf(now, timeZone);
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(now));
  const weekday = ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return { day, weekday, hour };
}

/**
 * Whether today's digest is due: a chosen weekday and the chosen hour reached. Later the
 * same day still counts (a server down at 7:00 sends at 9:30); the next day never sends
 * yesterday's.
 */
export function digestDue(
  settings: Pick<DigestSettings, 'hour' | 'weekdays'>,
  moment: { weekday: number; hour: number },
): boolean {
  return settings.weekdays.includes(moment.weekday) && moment.hour >= settings.hour;
}

/** Waits after failed attempts 1, 2, 3, 4; the fifth failure gives up for the day. */
const RETRY_MINUTES = [1, 5, 15, 60] as const;
export const MAX_ATTEMPTS = RETRY_MINUTES.length + 1;

/** When to try again after the n-th failed attempt, or null to give up. */
export function retryAfterFailure(attempts: number, now: Date): Date | null {
  const minutes = RETRY_MINUTES[attempts - 1];
  return minutes === undefined ? null : new Date(now.getTime() + minutes * 60 * 1000);
}

/** Weekdays as words for people: "Monday to Friday", "every day", "Mon, Wed". */
export function weekdaysWords(weekdays: readonly number[]): string {
  const names = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  if (weekdays.length === 7) return 'every day';
  if (weekdays.join('') === '12345') return 'Monday to Friday';
  return weekdays.map((day) => names[day - 1]).join(', ');
}

/** "1-5", "mon,wed,fri", "1,3,5" → ISO weekdays; undefined when unreadable. */
export function parseWeekdays(text: string): number[] | undefined {
  const names = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const days: number[] = [];
  for (const part of text
    .toLowerCase()
    .split(',')
    .map((value) => value.trim())) {
    const range = /^(\w+)-(\w+)$/.exec(part);
    const read = (value: string) => {
      const index = names.indexOf(value.slice(0, 3));
      return /^[1-7]$/.test(value) ? Number(value) : index >= 0 ? index + 1 : undefined;
    };
    if (range) {
      const from = read(range[1] ?? '');
      const to = read(range[2] ?? '');
      if (from === undefined || to === undefined || from > to) return undefined;
      for (let day = from; day <= to; day++) days.push(day);
    } else {
      const day = read(part);
      if (day === undefined) return undefined;
      days.push(day);
    }
  }
  return days.length > 0 ? days : undefined;
}
