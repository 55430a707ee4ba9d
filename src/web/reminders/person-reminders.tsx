import { type FormEvent, useId, useRef, useState } from 'react';
import { useCreateOccasion, useDeleteOccasion, useOccasions, useOpenReminders } from '../api/reminders.js';
import {
  noYearlyDate,
  type YearlyDateProblem,
  yearlyDate,
  yearlyDateProblem,
  yearlyDateWords,
} from '../components/dates.js';
import { ErrorMessage } from '../components/error-message.js';
import { fieldProps } from '../components/field-errors.js';
import { FieldMessage } from '../components/field-message.js';
import { useToast } from '../components/toasts.js';
import { useYearlyDateRefs, YearlyDateFields, yearlyDatePartProps } from '../components/yearly-date-parts.js';
import { AddReminderForm } from './add-reminder-form.js';
import { ReminderList } from './reminder-list.js';

/** On a person's page: their open reminders and important yearly dates, each added and removed here. */
export function PersonReminders({ personId, personName }: { personId: string; personName: string }) {
  const reminders = useOpenReminders();
  const theirs = (reminders.data?.items ?? []).filter((reminder) => reminder.personId === personId);
  return (
    <section className="panel" aria-labelledby="person-reminders-title">
      <h2 id="person-reminders-title">Reminders and dates</h2>
      <ErrorMessage error={reminders.error} />
      {reminders.data ? <ReminderList reminders={theirs} showPerson={false} /> : null}
      <details className="person-add-reminder">
        <summary>Add a reminder about {personName}</summary>
        <AddReminderForm person={{ id: personId, name: personName }} />
      </details>
      <Occasions personId={personId} personName={personName} />
    </section>
  );
}

const occasionNames = { label: 'What', date: 'Date' };

function Occasions({ personId, personName }: { personId: string; personName: string }) {
  const id = useId();
  const occasions = useOccasions(personId);
  const create = useCreateOccasion();
  const remove = useDeleteOccasion();
  const toast = useToast();
  const [label, setLabel] = useState('');
  const [date, setDate] = useState(noYearlyDate);
  const [problem, setProblem] = useState<YearlyDateProblem | null>(null);
  const labelRef = useRef<HTMLInputElement>(null);
  const partRefs = useYearlyDateRefs();
  const partProps = yearlyDatePartProps(
    problem,
    `${id}-date-problem`,
    fieldProps(create.error, 'date', `${id}-date-error`),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = yearlyDateProblem(date);
    setProblem(found);
    if (found) {
      partRefs[found.part].current?.focus();
      return;
    }
    create
      .mutateAsync({ personId, label, date: yearlyDate(date) })
      .then((occasion) => {
        setLabel('');
        setDate(noYearlyDate);
        setProblem(null);
        toast({ message: `Added ${occasion.label} (${yearlyDateWords(occasion.date)}) for ${personName}.` });
        labelRef.current?.focus();
      })
      .catch(() => undefined);
  };
  const deleteOccasion = (occasion: { id: string; label: string; date: string }) =>
    remove
      .mutateAsync(occasion.id)
      .then(() =>
        toast({
          message: `Removed ${occasion.label}.`,
          undo: () => create.mutateAsync({ personId, label: occasion.label, date: occasion.date }),
        }),
      )
      .catch(() => undefined);

  return (
    <section aria-labelledby={`${id}-title`} className="occasions">
      <h3 id={`${id}-title`}>Important dates</h3>
      <p className="muted small">Yearly dates besides the birthday: a work anniversary, a name day.</p>
      <ErrorMessage error={occasions.error ?? remove.error} />
      {occasions.data?.items.length === 0 ? <p className="muted small">None yet.</p> : null}
      <ul className="plain-list" aria-label={`Important dates of ${personName}`}>
        {occasions.data?.items.map((occasion) => (
          <li key={occasion.id} className="occasion-row">
            <span>
              <span>{occasion.label}</span> <span className="muted small">{yearlyDateWords(occasion.date)}</span>
            </span>
            <button
              type="button"
              className="button small ghost"
              onClick={() => void deleteOccasion(occasion)}
              aria-label={`Remove ${occasion.label}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form className="form occasion-form" onSubmit={submit} aria-label="Add an important date" noValidate>
        <label htmlFor={`${id}-label`}>
          <span>What</span>
          <input
            ref={labelRef}
            id={`${id}-label`}
            value={label}
            maxLength={100}
            placeholder="Work anniversary"
            {...fieldProps(create.error, 'label', `${id}-label-error`)}
            onChange={(event) => setLabel(event.target.value)}
          />
          <FieldMessage error={create.error} name="label" id={`${id}-label-error`} names={occasionNames} />
        </label>
        <YearlyDateFields legend="Date" value={date} onChange={setDate} refs={partRefs} partProps={partProps} />
        <FieldMessage error={create.error} name="date" id={`${id}-date-error`} names={occasionNames} />
        {problem ? (
          <p role="alert" className="error" id={`${id}-date-problem`}>
            {problem.text}
          </p>
        ) : (
          <ErrorMessage error={create.error} names={occasionNames} />
        )}
        <div className="actions">
          <button type="submit" className="button" disabled={create.isPending}>
            Add date
          </button>
        </div>
      </form>
    </section>
  );
}
