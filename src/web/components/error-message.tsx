import { errorText, type FieldNames } from './field-errors.js';

/** An API or network error in words (validation issues as "Name can't be empty"), announced to screen readers. */
export function ErrorMessage({ error, names }: { error: unknown; names?: FieldNames }) {
  if (!error) return null;
  return (
    <p role="alert" className="error">
      {errorText(error, names)}
    </p>
  );
}
