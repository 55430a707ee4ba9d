/** Today's date on this device, YYYY-MM-DD. */
export function localToday(offsetDays = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + offsetDays);
  return localDay(date);
}

/** The day a moment falls on in this device's time zone, YYYY-MM-DD. */
function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A YYYY-MM-DD day as a Date at this device's midnight, for formatting. */
function dayDate(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date);
}

/**
 * The words for days: "Dec 10", with the year when it is not this year's. In the browser's
 * language unless a locale is named (tests name one, so they read the same on any machine).
 */
function dayFormat(days: readonly string[], locale?: string): Intl.DateTimeFormat {
  const thisYear = localToday().slice(0, 4);
  const otherYear = days.some((day) => day.slice(0, 4) !== thisYear);
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    year: otherYear ? 'numeric' : undefined,
  });
}

/** "Dec 10" (or "Dec 10, 2025" in another year): a day as a person reads it. */
export function dayWords(day: string, locale?: string): string {
  return dayFormat([day], locale).format(dayDate(day));
}

/** "Dec 6": the day a timestamp (a token's creation, a share) falls on here. */
export function timestampDayWords(timestamp: string, locale?: string): string {
  return dayWords(localDay(new Date(timestamp)), locale);
}

/** "Dec 6, 2:05 PM": a timestamp in this device's time, with the year when not this one's. */
export function timestampWords(timestamp: string, locale?: string): string {
  const at = new Date(timestamp);
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(at);
  return `${timestampDayWords(timestamp, locale)}, ${time}`;
}

/** "Dec 10 – 12", "Dec 30, 2026 – Jan 2, 2027": an event's days; one day when it has no end. */
export function dayRangeWords(startsOn: string, endsOn: string | null, locale?: string): string {
  if (!endsOn || endsOn === startsOn) return dayWords(startsOn, locale);
  return dayFormat([startsOn, endsOn], locale).formatRange(dayDate(startsOn), dayDate(endsOn));
}

/** "Jan 2026": a month (YYYY-MM) as a chart's label reads it. */
export function monthWords(month: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' }).format(dayDate(`${month}-01`));
}

/** The months in the browser's words, January first: a month picker's choices. */
export function monthNames(locale?: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'long' });
  return Array.from({ length: 12 }, (_, index) => format.format(new Date(2000, index, 1)));
}

/** A yearly date (YYYY-MM-DD, or --MM-DD without the year): "Sep 1", or "Sep 1, 2019" with its year. */
export function yearlyDateWords(date: string, locale?: string): string {
  if (!date.startsWith('--')) return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(dayDate(date));
  // 2000 had a 29 February.
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }).format(dayDate(`2000${date.slice(1)}`));
}

/** "Saturday, December 5": the day a page is about. */
export function longDayWords(day: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric' }).format(dayDate(day));
}

/** A yearly date as its form holds it: month "01"–"12" or "", day and year as typed. */
export type YearlyDateParts = { month: string; day: string; year: string };

export const noYearlyDate: YearlyDateParts = { month: '', day: '', year: '' };

/** The part a yearly date's form found wrong, and what to say of it. */
export type YearlyDateProblem = { part: keyof YearlyDateParts; text: string };

/** "--09-01" or "2019-09-01" (as the API keeps yearly dates) as its parts. */
export function yearlyDateParts(date: string): YearlyDateParts {
  const [, year = '', month = '', day = ''] = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(date) ?? [];
  return { month, day: day.replace(/^0/, ''), year: year === '-' ? '' : year };
}

/** The parts as the API takes a yearly date: --MM-DD without a year. */
export function yearlyDate(parts: YearlyDateParts): string {
  return `${parts.year.trim() || '-'}-${parts.month}-${parts.day.trim().padStart(2, '0')}`;
}

/** What the browser can tell of a yearly date before sending it; the server checks it is a real day. */
export function yearlyDateProblem(parts: YearlyDateParts): YearlyDateProblem | null {
  if (!parts.month) return { part: 'month', text: 'Choose a month.' };
  if (!/^\d{1,2}$/.test(parts.day.trim())) return { part: 'day', text: 'Choose a day of the month.' };
  if (parts.year.trim() && !/^\d{4}$/.test(parts.year.trim()))
    return { part: 'year', text: 'Year: four digits, as 2019, or none.' };
  return null;
}
