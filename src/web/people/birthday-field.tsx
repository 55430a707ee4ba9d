import { type FormEvent, useEffect, useId, useState } from 'react';
import {
  noYearlyDate,
  type YearlyDateParts,
  type YearlyDateProblem,
  yearlyDate,
  yearlyDateParts,
  yearlyDateProblem,
  yearlyDateWords,
} from '../components/dates.js';
import { FieldValue, useInPlaceEdit } from '../components/inline-field.js';
import { useYearlyDateRefs, YearlyDateFields, yearlyDatePartProps } from '../components/yearly-date-parts.js';

type Props = { value: string | null; onSave: (birthday: string | null) => Promise<unknown> };

const isBlank = (parts: YearlyDateParts) => !parts.month && !parts.day.trim() && !parts.year.trim();

/**
 * A person's birthday, edited in place as Month, Day and Year if known, as important
 * dates are added: "Nov 3, 1988" or "Mar 11". Blank parts (or Remove) clear it.
 */
export function BirthdayField({ value, onSave }: Props) {
  const id = useId();
  const refs = useYearlyDateRefs();
  const [problem, setProblem] = useState<YearlyDateProblem | null>(null);
  const edit = useInPlaceEdit(
    () => (value ? yearlyDateParts(value) : noYearlyDate),
    (parts) => {
      const birthday = isBlank(parts) ? null : yearlyDate(parts);
      return birthday === value ? null : onSave(birthday);
    },
  );

  useEffect(() => {
    if (edit.editing) refs.month.current?.focus();
  }, [edit.editing, refs.month]);

  const open = () => {
    setProblem(null);
    edit.open();
  };
  if (!edit.editing) {
    return (
      <FieldValue id={id} label="Birthday" empty={!value} edit={{ ...edit, open }}>
        {value ? yearlyDateWords(value) : null}
      </FieldValue>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = isBlank(edit.draft) ? null : yearlyDateProblem(edit.draft);
    setProblem(found);
    if (found) refs[found.part].current?.focus();
    else void edit.save();
  };
  const partProps = yearlyDatePartProps(
    problem,
    `${id}-problem`,
    edit.error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {},
  );
  return (
    <form
      className="field editing"
      aria-label="Birthday"
      noValidate
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        edit.close();
      }}
    >
      <YearlyDateFields
        legend="Birthday"
        value={edit.draft}
        onChange={edit.setDraft}
        refs={refs}
        partProps={partProps}
      />
      {problem ? (
        <span className="error" role="alert" id={`${id}-problem`}>
          {problem.text}
        </span>
      ) : edit.error ? (
        <span className="error" role="alert" id={`${id}-error`}>
          {edit.error}
        </span>
      ) : null}
      <span className="field-actions">
        <button type="submit" className="button primary small" disabled={edit.saving}>
          {edit.saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button small" onClick={edit.close}>
          Cancel
        </button>
        {value ? (
          <button
            type="button"
            className="button small ghost"
            disabled={edit.saving}
            onClick={() => void edit.save(noYearlyDate)}
          >
            Remove
          </button>
        ) : null}
      </span>
    </form>
  );
}
