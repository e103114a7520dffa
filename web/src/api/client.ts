import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, apiErrorFrom } from './api-error';
import type { paths } from './schema.gen';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes that answer with `Me`, whose csrfToken every later write must echo. */
const ANSWERS_WITH_ME = new Set(['/me', '/setup', '/auth/sign-in', '/me/switch-workspace']);
/** A 401 from these means wrong credentials or "not signed in yet", not an ended session. */
const NO_SESSION_NEEDED = new Set([
  '/me',
  '/setup',
  '/auth/sign-in',
  '/auth/password-resets',
  '/auth/password-resets/complete',
]);

let csrfToken: string | null = null;
let onSessionEnded: () => void = () => {
  window.location.assign('/sign-in');
};

/** What the app does when the session ends under it (it sends the user to the sign-in page). */
export function setSessionEndedHandler(handler: () => void): void {
  onSessionEnded = handler;
}

export function forgetCsrfToken(): void {
  csrfToken = null;
}

/** For what learns of an ended session outside an API call (the events socket): as a 401 would. */
export function endSession(): void {
  forgetCsrfToken();
  onSessionEnded();
}

const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    // Cookies ride along on cross-site requests; this header, which a foreign page cannot set, proves
    // the request came from this app (see src/platform/http/mount.ts).
    if (csrfToken && WRITES.has(request.method)) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  async onResponse({ response, schemaPath }) {
    if (!response.ok) {
      if (response.status === 401 && !NO_SESSION_NEEDED.has(schemaPath)) endSession();
      throw await apiErrorFrom(response);
    }
    if (ANSWERS_WITH_ME.has(schemaPath)) {
      const body: unknown = await response.clone().json();
      const token = (body as { csrfToken?: unknown }).csrfToken;
      if (typeof token === 'string') csrfToken = token;
    }
    return response;
  },
  onError({ error }) {
    if (error instanceof DOMException && error.name === 'AbortError') return error;
    return new ApiError({ status: 0, title: 'No connection', detail: 'The server could not be reached.' });
  },
};

/** The one typed client over /api/v1. Failed calls throw ApiError; successful ones resolve to data. */
export const api = createClient<paths>({ baseUrl: '/api/v1', credentials: 'same-origin' });
api.use(sessionMiddleware);

/** The body of a successful call (failures already threw in the middleware). */
export function dataOf<T>(result: { data?: T; response: Response }): T {
  if (result.data === undefined) {
    throw new ApiError({ status: result.response.status, title: 'Empty answer', detail: '' });
  }
  return result.data;
}

/** The ETag of a record read with GET, for If-Match on the next write. */
export function etagOf(result: { response: Response }): string | undefined {
  return result.response.headers.get('ETag') ?? undefined;
}
