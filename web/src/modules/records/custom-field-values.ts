import { isApiError } from '../../api/api-error';

type Values = Record<string, unknown>;

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * What a form sends under `customFields`: on create, the filled-in values; on edit, only the keys
 * that changed, with null for a value cleared (the API merges key by key and null removes one).
 */
export function customFieldChanges(before: Values, after: Values): Values {
  const changes: Values = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = isEmpty(before[key]) ? null : before[key];
    const now = isEmpty(after[key]) ? null : after[key];
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[key] = now;
  }
  return changes;
}

/** The API's messages for custom fields (`/customFields/<key>`), by key. */
export function customFieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const errors: Record<string, string> = {};
  for (const { path, message } of error.errors) {
    const match = /^\/customFields\/(.+)$/.exec(path);
    if (match?.[1]) errors[match[1]] = message;
  }
  return errors;
}
