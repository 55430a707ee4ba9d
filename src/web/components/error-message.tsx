import { errorText } from './field-errors.js';

/** An API or network error in words (validation issues as "Name can't be empty"), announced to screen readers. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p role="alert" className="error">
      {errorText(error)}
    </p>
  );
}
