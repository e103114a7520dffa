import { notifications } from '@mantine/notifications';
import { isApiError } from '../api/api-error';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 4000 });
}

/** Shows a failed call: the problem's detail, and each field's message (also shown on the field). */
export function notifyError(error: unknown): void {
  if (!isApiError(error)) {
    notifications.show({ color: 'red', title: 'Something went wrong', message: String(error) });
    return;
  }
  const fields = error.errors.map((e) => `${fieldLabel(e.path)}: ${e.message}`);
  const message = [error.detail, ...fields].filter(Boolean).join(' ');
  notifications.show({ color: 'red', title: error.title, message: message || error.title, autoClose: 8000 });
}

/** `/newPassword` → `new password`, `/query/limit` → `limit`. */
function fieldLabel(path: string): string {
  const last = path.split('/').filter(Boolean).pop() ?? path;
  return last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
