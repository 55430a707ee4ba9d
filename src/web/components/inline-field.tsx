import './inline-field.css';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

type Props = {
  label: string;
  value: string;
  /** Shown when not editing; defaults to the value, or "+ Add" when empty. */
  display?: ReactNode;
  multiline?: boolean;
  type?: 'text' | 'date' | 'email';
  placeholder?: string;
  hint?: string;
  onSave: (value: string) => Promise<unknown>;
};

/**
 * A field edited in place: a button showing the value; Enter (or Save) keeps the edit,
 * Escape drops it. The edit stays open with the server's message when it is refused.
 */
export function InlineField({ label, value, display, multiline, type = 'text', placeholder, hint, onSave }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    if (editing) inputRef.current?.focus();
  }, [editing]);

  const open = () => {
    setDraft(value);
    setError(null);
    setEditing(true);
  };
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => buttonRef.current?.focus());
  };
  const save = async () => {
    if (draft === value) return close();
    setSaving(true);
    try {
      await onSave(draft);
      close();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Could not save');
    } finally {
      setSaving(false);
    }
  };

  if (!editing) {
    return (
      <div className="field">
        <span className="field-label" id={`${id}-label`}>
          {label}
        </span>
        <button
          ref={buttonRef}
          type="button"
          className={`field-value${value ? '' : ' empty'}`}
          onClick={open}
          aria-label={`Edit ${label.toLowerCase()}`}
          aria-describedby={`${id}-label`}
        >
          {value ? (display ?? value) : '+ Add'}
        </button>
      </div>
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
      <label className="field-label" htmlFor={id}>
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
