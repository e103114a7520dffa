import { notifications } from '@mantine/notifications';
import { type ApiError, isApiError } from '../api/api-error';

/**
 * How long a notification stays: at least `least`, and long enough to read it (about four words a
 * second, and a second to notice it), up to 20 s. "Saved." goes in 4 s; a line that names three views
 * stays until it can be read.
 */
export function readingTime(text: string, least: number): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.min(20_000, Math.max(least, 1_000 + words * 250));
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: readingTime(message, 4000) });
}

/** Something the user asked for did not happen, for a reason that is not a fault (and what to do now). */
export function notifyWarning(title: string, message: string): void {
  notifications.show({
    color: 'yellow',
    title,
    message,
    autoClose: readingTime(`${title} ${message}`, 8000),
  });
}

/** Something failed; `message` says what, and what to do now. */
export function notifyFailure(message: string, title?: string): void {
  notifications.show({
    color: 'red',
    title,
    message,
    autoClose: readingTime(title ? `${title} ${message}` : message, 8000),
  });
}

/** Shows a failed call: the problem's detail, and each field's message (also shown on the field). */
export function notifyError(error: unknown): void {
  if (!isApiError(error)) notifyFailure(String(error), 'Something went wrong');
  else notifyFailure(problemMessage(error), error.title);
}

/** A problem in one line: its detail, then its reasons (`problemReasons`). */
export function problemMessage(error: Pick<ApiError, 'title' | 'detail' | 'errors'>): string {
  return [error.detail, ...problemReasons(error)].filter(Boolean).join(' ') || error.title;
}

/**
 * Each of a problem's reasons after the name of the field it is about, once each ("limit: Too big.").
 * An error about the whole body (path "") has no name to give: "Give at least a name or an e-mail.",
 * not ": Give…".
 */
export function problemReasons(error: Pick<ApiError, 'errors'>): string[] {
  const reasons = error.errors.map((e) => {
    const label = fieldLabel(e.path);
    return label ? `${label}: ${e.message}` : e.message;
  });
  return [...new Set(reasons)];
}

/**
 * `/newPassword` → `new password`, `/query/limit` → `limit`. A filter's pointer (`/filter/and/0/value`)
 * names a place in its tree, not a field: its messages name the field themselves.
 */
function fieldLabel(path: string): string {
  if (path === '/filter' || path.startsWith('/filter/')) return '';
  const last = path.split('/').filter(Boolean).pop() ?? path;
  return last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
