import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import {
  type InteractionKind,
  interactionKinds,
  useDeleteInteraction,
  useLogInteraction,
} from '../api/keep-in-touch.js';
import { ErrorMessage } from '../components/error-message.js';
import { useToast } from '../components/toasts.js';

/** Kind and a one-line note: logging that you spoke, which resets this person's clock. */
export function LogInteractionForm({
  personId,
  personName,
  onDone,
  autoFocus = false,
}: {
  personId: string;
  personName: string;
  onDone?: () => void;
  autoFocus?: boolean;
}) {
  const log = useLogInteraction();
  const toast = useToast();
  const remove = useDeleteInteraction();
  const [kind, setKind] = useState<InteractionKind>('message');
  const noteRef = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    if (autoFocus) noteRef.current?.focus();
  }, [autoFocus]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const summary = String(new FormData(formElement).get('summary') ?? '');
    // mutateAsync: the promise settles even when the card is gone (the person left the list).
    log
      .mutateAsync({ personIds: [personId], kind, summary })
      .then((interaction) => {
        formElement.reset();
        onDone?.();
        toast({
          message: `Logged ${kind} with ${personName}.`,
          undo: () => remove.mutateAsync(interaction.id),
        });
      })
      .catch(() => undefined);
  };

  return (
    <form className="log-form" onSubmit={submit} aria-label={`Log an interaction with ${personName}`} noValidate>
      <label htmlFor={`${id}-kind`} className="visually-hidden">
        Kind
      </label>
      <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as InteractionKind)}>
        {interactionKinds.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-summary`} className="visually-hidden">
        Note
      </label>
      <input
        ref={noteRef}
        id={`${id}-summary`}
        name="summary"
        placeholder="What about? (a short note)"
        autoComplete="off"
        maxLength={500}
      />
      <button type="submit" className="button primary" disabled={log.isPending}>
        Log
      </button>
      <ErrorMessage error={log.error} />
    </form>
  );
}
