import '../validation-messages.ts';
import type { ZodError } from 'zod';
import { AppError, assertUnreachable, type ErrorCode, type FieldError } from '../errors.ts';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const TYPE_BASE = 'https://rapport.dev/problems/';

export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'validation_failed':
    case 'bad_request':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'method_not_allowed':
      return 405;
    case 'conflict':
      return 409;
    case 'precondition_failed':
      return 412;
    case 'payload_too_large':
      return 413;
    case 'unsupported_media_type':
      return 415;
    case 'unprocessable':
    case 'idempotency_key_reused':
      return 422;
    case 'rate_limited':
      return 429;
    case 'internal':
      return 500;
    case 'unavailable':
      return 503;
    default:
      return assertUnreachable(code);
  }
}

const TITLES: Record<ErrorCode, string> = {
  validation_failed: 'Validation failed',
  bad_request: 'Bad request',
  unauthenticated: 'Authentication required',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  conflict: 'Conflict',
  precondition_failed: 'Precondition failed',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  unprocessable: 'Unprocessable request',
  idempotency_key_reused: 'Idempotency key reused',
  rate_limited: 'Too many requests',
  internal: 'Internal server error',
  unavailable: 'Service unavailable',
};

export function problemOf(error: AppError, requestId: string | undefined): Problem {
  return {
    // First, so that an extension never overrides a standard member.
    ...error.extensions,
    type: TYPE_BASE + error.code.replaceAll('_', '-'),
    title: TITLES[error.code],
    status: statusOf(error.code),
    detail: error.message,
    ...(requestId ? { requestId } : {}),
    ...(error.errors ? { errors: error.errors } : {}),
  };
}

/** A zod failure, as field errors with JSON-Pointer paths (RFC 6901). */
export function fieldErrorsOf(error: ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const base = issue.path.map(String).join('/');
      return {
        path: `${prefix}/${base}${base ? '/' : ''}${issue.keys.join(',')}`,
        message: 'Unknown field.',
      };
    }
    return { path: `${prefix}/${issue.path.map(String).join('/')}`, message: issue.message };
  });
}

/** Unknown fields are 400 like every other invalid input; the detail names them. */
export function validationError(error: ZodError, where: 'body' | 'query' | 'path' | 'header'): AppError {
  const unknown = error.issues.some((i) => i.code === 'unrecognized_keys');
  const prefix = where === 'body' ? '' : `/${where}`;
  return new AppError(
    'validation_failed',
    unknown ? `The ${where} has fields this endpoint does not accept.` : `The ${where} is not valid.`,
    { errors: fieldErrorsOf(error, prefix) },
  );
}

/**
 * A value of a unique custom field that another record holds (migration 0054's trigger names the
 * field's key as the column and says the value), or any other unique key.
 */
function uniqueValueError(error: unknown): AppError {
  const { constraint, column, message } = error as { constraint?: string; column?: string; message?: string };
  if (constraint === 'custom_unique_values_pkey' && column && message)
    return new AppError('conflict', message, {
      errors: [{ path: `/customFields/${column}`, message }],
      cause: error,
    });
  return new AppError('conflict', 'A record with the same unique value already exists.', { cause: error });
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const pg = databaseErrorOf(error);
  if (pg) return pg;
  return new AppError(
    'internal',
    'Something went wrong on our side. The request id identifies it in the logs.',
    {
      cause: error,
    },
  );
}

// Constraint violations that reach the edge mean the input broke a rule the service did not check
// first; they are the client's to fix, never a 500.
function databaseErrorOf(error: unknown): AppError | undefined {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return undefined;
  switch (code) {
    case '23505':
      return uniqueValueError(error);
    case '23503':
      return new AppError('unprocessable', 'A referenced record does not exist.', { cause: error });
    case '23514':
    case '23502':
    case '22001':
    case '22003':
    case '22007':
    case '22008':
    case '22P02':
      return new AppError('validation_failed', 'A value is out of range or badly formed.', { cause: error });
    case '57014':
      return new AppError('unavailable', 'The request took too long and was cancelled.', { cause: error });
    default:
      return undefined;
  }
}
