import './yearly-date-parts.css';
import { type RefObject, useRef } from 'react';
import { monthNames, type YearlyDateParts, type YearlyDateProblem } from './dates.js';

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

/**
 * Each part's attributes: the one the browser found at fault is marked and described by
 * its message; else the day carries the server's refusal (30 February), `serverFault`.
 */
export function yearlyDatePartProps(
  problem: YearlyDateProblem | null,
  problemId: string,
  serverFault: Record<string, unknown>,
): (part: keyof YearlyDateParts) => Record<string, unknown> {
  return (part) =>
    problem?.part === part
      ? { 'aria-invalid': true, 'aria-describedby': problemId }
      : part === 'day' && !problem
        ? serverFault
        : {};
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
