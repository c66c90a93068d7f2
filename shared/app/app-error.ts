/**
 * The one error type of the application layer. Every use case fails with an `AppError`
 * carrying a stable `code` and a Dutch message for the person who asked; each front end maps
 * the code once: the CLI to an exit code (contracts §4), the API to an HTTP status (§6).
 * Technical detail (an errno, a stack) goes to the log through `cause`, never to the user.
 */
export const APP_ERROR_CODES = [
  /** The input was understood and refused: a bad extract, norms file, toelichting… (exit 1, HTTP 400) */
  'ONGELDIGE_INVOER',
  /** The thing asked for does not exist: a region without data, an unknown extract (exit 1, HTTP 404) */
  'NIET_GEVONDEN',
  /** The acting user may not do this (exit 1, HTTP 403) */
  'NIET_TOEGESTAAN',
  /** It clashes with the current state: already being ingested, a duplicate (exit 1, HTTP 409) */
  'CONFLICT',
  /** Too large to accept (exit 1, HTTP 413) */
  'TE_GROOT',
  /** A fault of the machine: store unreachable, disk full, no permission (exit 3, HTTP 503) */
  'OMGEVINGSFOUT',
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** One Dutch sentence for the user: what is wrong and what to do. */
    message: string,
    options: {
      /** Further Dutch lines, one per problem (e.g. every error of a refused norms file). */
      readonly regels?: readonly string[];
      /** The technical cause, for the log only. */
      readonly cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.regels = options.regels ?? [];
  }

  readonly regels: readonly string[];
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
