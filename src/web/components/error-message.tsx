import { ApiError } from '../api/client.js';

/** An API or network error in words, announced to screen readers. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  const message =
    error instanceof ApiError
      ? error.message
      : error instanceof Error
        ? `Could not reach kith: ${error.message}`
        : 'Something went wrong';
  return (
    <p role="alert" className="error">
      {message}
    </p>
  );
}
