import './field-message.css';
import { type FieldNames, fieldError } from './field-errors.js';

/** The words for one field's problem, under the field (the form's alert says it too). */
export function FieldMessage({
  error,
  name,
  id,
  names,
}: {
  error: unknown;
  name: string;
  id: string;
  names?: FieldNames;
}) {
  const message = fieldError(error, name, names);
  return message ? (
    <span id={id} className="field-error">
      {message}
    </span>
  ) : null;
}
