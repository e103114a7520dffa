/**
 * The one error type. Domain code throws it with a code from this closed list; the HTTP layer maps
 * codes to statuses and RFC 9457 problem details (src/platform/http/problem.ts), the CLI to a line
 * on stderr. Anything else thrown is a bug and surfaces as a bare 500.
 */
export const ERROR_CODES = [
  'validation_failed',
  'bad_request',
  'unauthenticated',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'precondition_failed',
  'payload_too_large',
  'unsupported_media_type',
  'unprocessable',
  'idempotency_key_reused',
  'rate_limited',
  'internal',
  'unavailable',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  /** JSON Pointer-like path into the input, e.g. `/emails/0/address`. */
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly errors: FieldError[] | undefined;
  readonly retryAfterSeconds: number | undefined;
  /** Extension members of the problem (RFC 9457 §3.2), e.g. `mergedInto` on a merged record's 404. */
  readonly extensions: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: {
      errors?: FieldError[];
      retryAfterSeconds?: number;
      extensions?: Record<string, unknown>;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.errors = options.errors;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.extensions = options.extensions;
  }
}

export const notFound = (what = 'record'): AppError => new AppError('not_found', `No such ${what}.`);
export const forbidden = (message = 'Your role does not allow this.'): AppError =>
  new AppError('forbidden', message);
export const conflict = (message: string): AppError => new AppError('conflict', message);
export const invalid = (path: string, message: string): AppError =>
  new AppError('validation_failed', 'The request is not valid.', { errors: [{ path, message }] });

export function assertUnreachable(value: never): never {
  throw new Error(`unreachable: ${String(value)}`);
}
