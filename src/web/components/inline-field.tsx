import './inline-field.css';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { errorText } from './field-errors.js';

type Props = {
  label: string;
  value: string;
  /** Shown when not editing; defaults to the value, or "+ Add" when empty. */
  display?: ReactNode;
  multiline?: boolean;
  type?: 'text' | 'date' | 'email';
  placeholder?: string;
  hint?: string;
  /** Kept for screen readers only, where a heading above already names the field (a Notes section). */
  labelHidden?: boolean;
  onSave: (value: string) => Promise<unknown>;
};

/**
 * Editing a value in place: open copies the value into a draft, close puts the focus back
 * on the value's button, and save keeps the edit open with the server's message when it
 * is refused. `onSave` answers null when the draft is the value, which only closes.
 */
export function useInPlaceEdit<T>(fromValue: () => T, onSave: (draft: T) => Promise<unknown> | null) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(fromValue);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const open = () => {
    setDraft(fromValue());
    setError(null);
    setEditing(true);
  };
  // Closing gives the focus back to the value's button once it is rendered again: a frame
  // after a save's answer, it could still be missing under load, and the focus was lost.
  const focusButton = useRef(false);
  useEffect(() => {
    if (editing || !focusButton.current) return;
    focusButton.current = false;
    buttonRef.current?.focus();
  }, [editing]);
  const close = () => {
    focusButton.current = true;
    setEditing(false);
  };
  const save = async (value: T = draft) => {
    const saved = onSave(value);
    if (!saved) return close();
    setSaving(true);
    try {
      await saved;
      close();
    } catch (failure) {
      // In words ("Email isn't a valid email address"), not the API's field path.
      setError(errorText(failure));
    } finally {
      setSaving(false);
    }
  };
  return { editing, draft, setDraft, error, saving, buttonRef, open, close, save };
}

/** A field not being edited: its label, and its value as the button that edits it. */
export function FieldValue({
  id,
  label,
  labelClass = 'field-label',
  empty,
  edit,
  children,
}: {
  id: string;
  label: string;
  labelClass?: string;
  empty: boolean;
  edit: Pick<ReturnType<typeof useInPlaceEdit>, 'buttonRef' | 'open'>;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <span className={labelClass} id={`${id}-label`}>
        {label}
      </span>
      <button
        ref={edit.buttonRef}
        type="button"
        className={`field-value${empty ? ' empty' : ''}`}
        onClick={edit.open}
        aria-label={`Edit ${label.toLowerCase()}`}
        aria-describedby={`${id}-label`}
      >
        {empty ? '+ Add' : children}
      </button>
    </div>
  );
}

/**
 * A field edited in place: a button showing the value; Enter (or Save) keeps the edit,
 * Escape drops it. The edit stays open with the server's message when it is refused.
 */
export function InlineField({
  label,
  value,
  display,
  multiline,
  type = 'text',
  placeholder,
  hint,
  labelHidden = false,
  onSave,
}: Props) {
  const labelClass = labelHidden ? 'field-label visually-hidden' : 'field-label';
  const edit = useInPlaceEdit(
    () => value,
    (draft) => (draft === value ? null : onSave(draft)),
  );
  const { draft, setDraft, error, saving, close, save } = edit;
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => {
    if (edit.editing) inputRef.current?.focus();
  }, [edit.editing]);

  if (!edit.editing) {
    return (
      <FieldValue id={id} label={label} labelClass={labelClass} empty={!value} edit={edit}>
        {display ?? value}
      </FieldValue>
    );
  }

  const common = {
    id,
    value: draft,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(event.target.value),
    onKeyDown: (event: React.KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void save();
      }
    },
  };
  return (
    <form
      className="field editing"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className={labelClass} htmlFor={id}>
        {label}
      </label>
      {multiline ? <textarea ref={inputRef} rows={8} {...common} /> : <input ref={inputRef} type={type} {...common} />}
      {hint && !error ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="error" role="alert" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      <span className="field-actions">
        <button type="submit" className="button primary small" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button small" onClick={close}>
          Cancel
        </button>
      </span>
    </form>
  );
}
