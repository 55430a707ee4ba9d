import './yearly-date-parts.css';
import { type RefObject, useRef } from 'react';
import { monthNames } from './dates.js';

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

/** Each part's control, so a form can focus the one at fault. */
export type YearlyDateRefs = {
  month: RefObject<HTMLSelectElement | null>;
  day: RefObject<HTMLInputElement | null>;
  year: RefObject<HTMLInputElement | null>;
};

export function useYearlyDateRefs(): YearlyDateRefs {
  return {
    month: useRef<HTMLSelectElement>(null),
    day: useRef<HTMLInputElement>(null),
    year: useRef<HTMLInputElement>(null),
  };
}

type Props = {
  legend: string;
  value: YearlyDateParts;
  onChange: (value: YearlyDateParts) => void;
  refs: YearlyDateRefs;
  /** Attributes for a part's control: `aria-invalid` and what describes it when it is at fault. */
  partProps: (part: keyof YearlyDateParts) => Record<string, unknown>;
};

/**
 * A yearly date (a birthday, an anniversary) as Month, Day and Year if known: a text
 * field wanted "--09-01" for a date without its year.
 */
export function YearlyDateFields({ legend, value, onChange, refs, partProps }: Props) {
  const set = (part: keyof YearlyDateParts) => (event: { target: { value: string } }) =>
    onChange({ ...value, [part]: event.target.value });
  return (
    <fieldset className="date-parts">
      <legend>{legend}</legend>
      <label>
        <span>Month</span>
        <select ref={refs.month} value={value.month} {...partProps('month')} onChange={set('month')}>
          <option value="">Month…</option>
          {monthNames().map((name, index) => (
            <option key={name} value={String(index + 1).padStart(2, '0')}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Day</span>
        <input
          ref={refs.day}
          type="number"
          inputMode="numeric"
          min={1}
          max={31}
          value={value.day}
          {...partProps('day')}
          onChange={set('day')}
        />
      </label>
      <label>
        <span>Year</span>
        <input
          ref={refs.year}
          placeholder="if known"
          type="number"
          inputMode="numeric"
          min={1900}
          max={2100}
          value={value.year}
          {...partProps('year')}
          onChange={set('year')}
        />
      </label>
    </fieldset>
  );
}
