import type { QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { notifyError } from '../../ui/notify';
import { useVersionedEdit } from '../../ui/useVersionedEdit';
import { customFieldChanges, customFieldErrors } from './custom-field-values';

type Values = Record<string, unknown>;

/**
 * The body of a create or an edit: on create, every filled-in field; on edit, only what changed, and
 * null for a field emptied (PATCH clears it).
 */
export function changedFields<T extends Values>(values: T, before: T | undefined): Partial<T> {
  const body: Values = {};
  for (const key of Object.keys(values)) {
    const value = values[key];
    if (before && JSON.stringify(before[key]) === JSON.stringify(value)) continue;
    if (value === '' || value === null) {
      if (before) body[key] = null;
    } else body[key] = value;
  }
  return body as Partial<T>;
}

/**
 * The custom-field half of a record form: values, the API's messages per field, and what changed.
 * `startOver` as in `useApiForm`: each time it turns true, the form starts again from `initialValues`.
 * `basis`: the version the whole form is on (`useVersionedEdit().etag`); when it moves on, so does this
 * half, keeping what was typed over the values it started from.
 */
export function useCustomFieldForm(
  initialValues: Values,
  { startOver, basis }: { startOver?: boolean; basis?: string | undefined } = {},
) {
  const [initial, setInitial] = useState<Values>(initialValues);
  const [values, setValues] = useState<Values>(initialValues);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [started, setStarted] = useState(startOver);
  const [onBasis, setOnBasis] = useState(basis);
  if (startOver !== started) {
    setStarted(startOver);
    setOnBasis(basis);
    if (startOver) {
      setInitial(initialValues);
      setValues(initialValues);
      setErrors({});
    }
  } else if (basis !== onBasis) {
    setOnBasis(basis);
    setInitial(initialValues);
    setValues({ ...initialValues, ...customFieldChanges(initial, values) });
  }
  return {
    values,
    errors,
    // A field filled in then emptied again is no change.
    dirty: Object.keys(customFieldChanges(initial, values)).length > 0,
    setValue: (key: string, value: unknown) => setValues((current) => ({ ...current, [key]: value })),
    /** `{ customFields }` when a custom field changed, else nothing: spread it into the body. */
    changes: (): { customFields?: Values } => {
      const customFields = customFieldChanges(initial, values);
      return Object.keys(customFields).length ? { customFields } : {};
    },
    showApiError: (error: unknown) => setErrors(customFieldErrors(error)),
    reset: () => {
      setValues(initial);
      setErrors({});
    },
  };
}

/**
 * A record's form dialog, kept mounted while closed (so that focus goes back to the opener) and started
 * afresh at each opening: its fields on the version they were read with (`useVersionedEdit`) and its
 * custom fields following that version. `read`: the record's values and custom fields with its ETag
 * (none for a new record); `recordKey`: its query, read again after a stale save (412); `noun`: what
 * the form says it is ("person").
 */
export function useRecordForm<T extends Values>(
  opened: boolean,
  read: {
    values: T;
    customFields: Values;
    etag: string | undefined;
    failedAt?: number;
    recordKey: QueryKey | undefined;
  },
  noun: string,
) {
  const edit = useVersionedEdit(
    { values: read.values, etag: read.etag, failedAt: read.failedAt, key: read.recordKey },
    { startOver: opened },
  );
  const customFields = useCustomFieldForm(read.customFields, { startOver: opened, basis: edit.etag });
  return {
    edit,
    form: edit.form,
    customFields,
    reset: () => {
      edit.form.reset();
      customFields.reset();
    },
    /** A failed save: a 412 said in the form; any other problem on its fields and in a notification. */
    failed: (error: unknown, aliases: Record<string, keyof T & string> = {}) => {
      if (edit.stale(error, noun)) return;
      edit.form.showApiError(error, aliases);
      customFields.showApiError(error);
      notifyError(error);
    },
  };
}
