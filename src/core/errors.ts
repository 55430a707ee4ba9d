/**
 * The one catalogue of kith's errors. Each code has its HTTP status here, and the CLI
 * maps every code to exit 1 (bad usage, caught by commander, exits 2).
 */
export const errorCatalogue = {
  VALIDATION_FAILED: { status: 400 },
  BAD_REQUEST: { status: 400 },
  UNAUTHENTICATED: { status: 401 },
  FORBIDDEN: { status: 403 },
  NOT_FOUND: { status: 404 },
  PERSON_NOT_FOUND: { status: 404 },
  INTERACTION_NOT_FOUND: { status: 404 },
  REMINDER_NOT_FOUND: { status: 404 },
  OCCASION_NOT_FOUND: { status: 404 },
  EVENT_NOT_FOUND: { status: 404 },
  ORGANIZATION_NOT_FOUND: { status: 404 },
  ITEM_NOT_FOUND: { status: 404 },
  INTRODUCTION_NOT_FOUND: { status: 404 },
  USER_NOT_FOUND: { status: 404 },
  TOKEN_NOT_FOUND: { status: 404 },
  PHOTO_NOT_FOUND: { status: 404 },
  AMBIGUOUS_NAME: { status: 409 },
  CONFLICT: { status: 409 },
  ALREADY_EXISTS: { status: 409 },
  NOT_EMPTY: { status: 409 },
  PRECONDITION_FAILED: { status: 412 },
  PAYLOAD_TOO_LARGE: { status: 413 },
  UNSUPPORTED_MEDIA: { status: 415 },
  IMPORT_FAILED: { status: 422 },
  FETCH_FAILED: { status: 422 },
  FETCH_REFUSED: { status: 422 },
  ITEM_UNREADABLE: { status: 422 },
  PHOTO_UNREADABLE: { status: 422 },
  RATE_LIMITED: { status: 429 },
  DATABASE_BUSY: { status: 503 },
  DELIVERY_FAILED: { status: 502 },
  INTERNAL: { status: 500 },
} as const satisfies Record<string, { status: number }>;

export type ErrorCode = keyof typeof errorCatalogue;

export class KithError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'KithError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorCatalogue[this.code].status;
  }
}

export function isKithError(error: unknown): error is KithError {
  return error instanceof KithError;
}

/** Exit code for the CLI: every known error is 1; anything unexpected is 1 as well. */
export const CLI_EXIT_ERROR = 1;
export const CLI_EXIT_USAGE = 2;
