/**
 * A file that cannot be read: the message names the format and the line ("vCard line 12:
 * …"). formats depends on nothing else in kith; core reports this as `IMPORT_FAILED`
 * (or, for a card a phone sends, `BAD_REQUEST`) with the line in its details.
 */
export class FormatError extends Error {
  readonly line: number;

  constructor(message: string, line: number) {
    super(message);
    this.name = 'FormatError';
    this.line = line;
  }
}

export function isFormatError(error: unknown): error is FormatError {
  return error instanceof FormatError;
}
