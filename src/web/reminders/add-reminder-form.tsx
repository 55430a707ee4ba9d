import { type FormEvent, useId, useRef, useState } from 'react';
import { useCreateReminder } from '../api/reminders.js';
import { dayWords, localToday } from '../components/dates.js';
import { ErrorMessage } from '../components/error-message.js';
import { fieldProps } from '../components/field-errors.js';
import { FieldMessage } from '../components/field-message.js';
import { PeoplePicker, type PickedPerson } from '../components/people-picker.js';
import { useToast } from '../components/toasts.js';

const names = { text: 'What to be reminded of', dueOn: 'The day' };

/**
 * A reminder's text and due day, about someone (the picker, or `person` when the page is
 * theirs) or about nothing in particular. After adding, the text field is ready for the next.
 */
export function AddReminderForm({ person }: { person?: { id: string; name: string } }) {
  const id = useId();
  const create = useCreateReminder();
  const toast = useToast();
  const [text, setText] = useState('');
  const [dueOn, setDueOn] = useState(localToday());
  const [picked, setPicked] = useState<PickedPerson | null>(null);
  const textRef = useRef<HTMLInputElement>(null);
  const personId = person?.id ?? (picked?.kind === 'known' ? picked.id : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create
      .mutateAsync({ personId, text, dueOn })
      .then((reminder) => {
        setText('');
        setPicked(null);
        toast({ message: `Reminder added for ${dayWords(reminder.dueOn)}: ${reminder.text}.` });
        textRef.current?.focus();
      })
      .catch(() => undefined);
  };

  return (
    <form className="form reminder-form" onSubmit={submit} aria-label="Add a reminder" noValidate>
      <label htmlFor={`${id}-text`}>
        <span>Remind me to</span>
        <input
          ref={textRef}
          id={`${id}-text`}
          value={text}
          maxLength={500}
          autoComplete="off"
          placeholder={person ? `Ask ${person.name} how the move went` : 'Send the meetup slides'}
          {...fieldProps(create.error, 'text', `${id}-text-error`)}
          onChange={(event) => setText(event.target.value)}
        />
        <FieldMessage error={create.error} name="text" id={`${id}-text-error`} names={names} />
      </label>
      <label htmlFor={`${id}-due`}>
        <span>On</span>
        <input
          id={`${id}-due`}
          type="date"
          value={dueOn}
          {...fieldProps(create.error, 'dueOn', `${id}-due-error`)}
          onChange={(event) => setDueOn(event.target.value)}
        />
        <FieldMessage error={create.error} name="dueOn" id={`${id}-due-error`} names={names} />
      </label>
      {person ? null : <PeoplePicker label="About (optional)" value={picked} onChange={setPicked} />}
      <ErrorMessage error={create.error} names={names} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={create.isPending}>
          Add reminder
        </button>
      </div>
    </form>
  );
}
