import type { components } from './schema.gen';

export type Problem = components['schemas']['Problem'];
export type FieldError = NonNullable<Problem['errors']>[number];

const STANDARD = new Set(['type', 'title', 'status', 'detail', 'instance', 'requestId', 'errors']);

/** An RFC 9457 problem answered by the API, or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];
  readonly requestId: string | undefined;
  /** Members beyond the standard ones (RFC 9457 §3.2), e.g. `mergedInto` on a merged record's 404. */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(
    problem: Pick<Problem, 'status' | 'title' | 'detail'> & Partial<Problem> & { [member: string]: unknown },
  ) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.requestId = problem.requestId;
    this.extensions = Object.fromEntries(Object.entries(problem).filter(([key]) => !STANDARD.has(key)));
  }

  /** The message for a field, by its JSON Pointer (`/email`). */
  fieldError(path: string): string | undefined {
    return this.errors.find((e) => e.path === path)?.message;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A save that named a version someone else has since replaced (412 to its If-Match). */
export function isStaleVersion(error: unknown): boolean {
  return isApiError(error) && error.status === 412;
}

/** Client errors (a 404, a 403…) will not go away by asking again; a dropped connection or a 5xx may. */
export function mayPassOnRetry(error: unknown): boolean {
  return !(isApiError(error) && error.status >= 400 && error.status < 500);
}

/**
 * Whether a page's read failed for the page: nothing read yet, or the record can no longer be read (a
 * 404 when it was deleted or merged away, a 403 when access went). A later read that fails for a moment
 * (a dropped connection, a 5xx) leaves what was read on screen, with any form open over it.
 */
export function readFailedForPage(read: { error: unknown; data: unknown }): boolean {
  return read.error != null && (read.data === undefined || !mayPassOnRetry(read.error));
}

/** Reads a failed response as a problem; anything else (a proxy's HTML page…) keeps its status. */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  const fallback = { status: response.status, title: response.statusText || 'Request failed', detail: '' };
  try {
    const body: unknown = await response.clone().json();
    if (isProblem(body)) return new ApiError(body);
  } catch {
    // not JSON
  }
  return new ApiError(fallback);
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.status === 'number' && typeof candidate.title === 'string';
}
