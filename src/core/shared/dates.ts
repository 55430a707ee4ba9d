/**
 * Calendar dates as YYYY-MM-DD strings, and the user's time zone. "Today", due dates and
 * birthdays are local dates; instants are only turned into dates through a time zone.
 */

const DAY_MS = 86_400_000;

/**
 * The system's zone. ICU's first date formatter costs a cold `kith today` tens of
 * milliseconds, and Date already knows when the zone is UTC: Date names every alias of it
 * (UTC, Etc/UTC, Universal, Zulu, UCT) "Coordinated Universal Time", which Intl calls
 * `UTC`. Greenwich Mean Time (GMT, Africa/Abidjan), another locale's name, and every other
 * zone ask Intl.
 */
export function systemTimeZone(): string {
  if (new Date(0).toString().endsWith(' GMT+0000 (Coordinated Universal Time)')) return 'UTC';
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const knownZones = new Map<string, boolean>();

export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone === 'UTC') return true;
  let valid = knownZones.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    if (knownZones.size < 1000) knownZones.set(timeZone, valid);
  }
  return valid;
}

/** The user's zone: their setting, else the system's. */
export function effectiveTimeZone(setting: string | null | undefined): string {
  return setting && isValidTimeZone(setting) ? setting : systemTimeZone();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building a formatter costs far more than using one, and the daily list reads thousands of dates. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function zoneParts(instant: Date, timeZone: string): Record<string, number> {
  const parts = formatterFor(timeZone).formatToParts(instant);
  return Object.fromEntries(parts.filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]));
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** The local calendar date of an instant in a time zone: 23:30 in New York stays that day. */
export function localDateOf(instant: Date, timeZone: string): string {
  if (timeZone === 'UTC') {
    // Without a formatter (see systemTimeZone); the ISO form has four-digit years only.
    const iso = instant.toISOString();
    if (iso.length === 24) return iso.slice(0, 10);
  }
  let formatter = dateFormatters.get(timeZone);
  if (!formatter) {
    // en-CA writes dates as YYYY-MM-DD, and format() is several times faster than formatToParts().
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormatters.set(timeZone, formatter);
  }
  const formatted = formatter.format(instant);
  if (/^\d{4}-\d{2}-\d{2}$/.test(formatted)) return formatted;
  const p = zoneParts(instant, timeZone);
  return `${pad(p.year ?? 0, 4)}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

/** The instant a wall-clock time ("2026-03-01T23:30") names in a time zone. */
export function zonedTimeToInstant(localDateTime: string, timeZone: string): Date {
  const [date = '', time = '00:00'] = localDateTime.split('T');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour = 0, minute = 0, second = 0] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute, Math.floor(second));
  let guess = wall;
  // Two passes settle the zone offset, including across a daylight-saving change.
  for (let pass = 0; pass < 2; pass++) {
    const p = zoneParts(new Date(guess), timeZone);
    const seen = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
    guess += wall - seen;
  }
  return new Date(guess);
}

function toUtcMs(date: string): number {
  // The daily list reads a few dates per person: slicing a YYYY-MM-DD date allocates no array.
  if (date.length === 10 && date[4] === '-' && date[7] === '-') {
    return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  }
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtcMs(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day, lastDay)));
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function weekdayName(date: string): string {
  return weekdays[new Date(toUtcMs(date)).getUTCDay()] ?? '';
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A birthday or other yearly date as a person reads it: "April 15" without its year
 * (`--04-15`), "April 15, 1988" with it; anything else as it is.
 */
export function yearlyDateWords(date: string): string {
  const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(date);
  const month = months[Number(match?.[2]) - 1];
  if (!match || !month) return date;
  const day = `${month} ${Number(match[3])}`;
  return match[1] === '-' ? day : `${day}, ${match[1]}`;
}

/** "March 2024", of a day or a month (2024-03-04 or 2024-03). */
export function monthWords(date: string): string {
  return `${months[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** "March 4". */
export function monthDayWords(date: string): string {
  return `${months[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8, 10))}`;
}

/** "today", "tomorrow", "on Friday" (within a week), else "on March 14". */
export function whenWords(date: string, today: string): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 1 && days < 7) return `on ${weekdayName(date)}`;
  return `on ${monthDayWords(date)}`;
}

/** "today", "yesterday", "3 days ago". */
export function agoWords(date: string, today: string): string {
  const days = daysBetween(date, today);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

/**
 * The date a yearly occasion (YYYY-MM-DD or --MM-DD) falls on in a year; 29 February
 * falls on 28 February in years without one.
 */
export function occasionDateIn(occasion: string, year: number): string {
  let monthDay = occasion.slice(-5);
  if (monthDay === '02-29' && !isLeapYear(year)) monthDay = '02-28';
  return `${pad(year, 4)}-${monthDay}`;
}

/** The next date, today or later, an occasion falls on. */
export function nextOccasionDate(occasion: string, today: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = occasionDateIn(occasion, year);
  return thisYear >= today ? thisYear : occasionDateIn(occasion, year + 1);
}

const durationPattern = /^(\d{1,4})\s*(d|day|days|w|week|weeks|m|month|months|y|year|years)$/i;

/** True for "3d", "2w", "1m", "1y" (and their long forms, "2 weeks"). */
export function isDuration(text: string): boolean {
  return durationPattern.test(text.trim());
}

/** The date a duration after `date` ends: "2w" after 2026-03-01 is 2026-03-15. */
export function addDuration(date: string, duration: string): string {
  const match = durationPattern.exec(duration.trim());
  if (!match) throw new Error(`not a duration: ${duration}`);
  const amount = Number(match[1]);
  const unit = (match[2] ?? 'd').toLowerCase()[0];
  if (unit === 'd') return addDays(date, amount);
  if (unit === 'w') return addDays(date, amount * 7);
  if (unit === 'm') return addMonths(date, amount);
  return addMonths(date, amount * 12);
}
