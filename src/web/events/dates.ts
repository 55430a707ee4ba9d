/** Today's date on this device, YYYY-MM-DD. */
export function localToday(offsetDays = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + offsetDays);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A YYYY-MM-DD day as a Date at this device's midnight, for formatting. */
function dayDate(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date);
}

/** The browser's words for days: "Dec 10", with the year when it is not this year's. */
function dayFormat(days: readonly string[]): Intl.DateTimeFormat {
  const thisYear = localToday().slice(0, 4);
  const otherYear = days.some((day) => day.slice(0, 4) !== thisYear);
  return new Intl.DateTimeFormat(undefined, {
    month: 'short',
    day: 'numeric',
    year: otherYear ? 'numeric' : undefined,
  });
}

/** "Dec 10" (or "Dec 10, 2025" in another year): a day as a person reads it. */
export function dayWords(day: string): string {
  return dayFormat([day]).format(dayDate(day));
}

/** "Dec 10 – 12", "Dec 30, 2026 – Jan 2, 2027": an event's days; one day when it has no end. */
export function dayRangeWords(startsOn: string, endsOn: string | null): string {
  if (!endsOn || endsOn === startsOn) return dayWords(startsOn);
  return dayFormat([startsOn, endsOn]).formatRange(dayDate(startsOn), dayDate(endsOn));
}

/** The months in the browser's words, January first: a month picker's choices. */
export function monthNames(): string[] {
  const format = new Intl.DateTimeFormat(undefined, { month: 'long' });
  return Array.from({ length: 12 }, (_, index) => format.format(new Date(2000, index, 1)));
}

/** A yearly date (YYYY-MM-DD, or --MM-DD without the year): "Sep 1", or "Sep 1, 2019" with its year. */
export function yearlyDateWords(date: string): string {
  if (!date.startsWith('--')) return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(dayDate(date));
  // 2000 had a 29 February.
  return new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' }).format(dayDate(`2000${date.slice(1)}`));
}
