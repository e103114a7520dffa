import { type ChangeEvent, useCallback, useState } from 'react';
import { isApiError } from '../api/api-error';

type Errors<T> = Partial<Record<keyof T & string, string>>;

/** Whether a form's values differ from those it started with (an edit undone is not a change). */
export const differs = (values: unknown, initial: unknown) =>
  JSON.stringify(values) !== JSON.stringify(initial);

/** The fields of `values` that differ from `initial`: what was typed over a record's values. */
export function typedOver<T extends Record<string, unknown>>(values: T, initial: T): Partial<T> {
  const typed: Partial<T> = {};
  for (const key of Object.keys(values) as (keyof T)[]) {
    if (differs(values[key], initial[key])) typed[key] = values[key];
  }
  return typed;
}

/**
 * Form state for an API write: values, per-field errors, and `showApiError` to put a problem's
 * `errors[].path` (a JSON Pointer such as `/email`) on the matching field. An error about the whole
 * body (path "", "give at least a name…") is the form's own, `formError`, shown above its fields.
 * `dirty` says whether anything was changed since it started (a dialog asks before throwing it away).
 *
 * `startOver`: a form kept mounted while its dialog is closed (so that the dialog can give focus back
 * to its opener) starts again from `initialValues`, as they are then, each time this turns true.
 */
export function useApiForm<T extends Record<string, unknown>>(
  initialValues: T,
  { startOver }: { startOver?: boolean } = {},
) {
  const [initial, setInitial] = useState(initialValues);
  const [values, setValues] = useState<T>(initialValues);
  const [errors, setErrors] = useState<Errors<T>>({});
  const [formError, setFormError] = useState<string | undefined>(undefined);
  const [started, setStarted] = useState(startOver);
  if (startOver !== started) {
    // Adjusted while rendering, so that the dialog's first frame already shows the fresh values.
    setStarted(startOver);
    if (startOver) {
      setInitial(initialValues);
      setValues(initialValues);
      setErrors({});
      setFormError(undefined);
    }
  }

  const setValue = useCallback(<K extends keyof T & string>(key: K, value: T[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    // What the whole form lacked may be what was just given.
    setFormError(undefined);
    setErrors((current) => {
      if (!(key in current)) return current;
      const { [key]: _cleared, ...rest } = current;
      return rest as Errors<T>;
    });
  }, []);

  /** Props for a text-like input bound to a string field. */
  const textInput = <K extends keyof T & string>(key: K) => ({
    value: String(values[key] ?? ''),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setValue(key, event.currentTarget.value as T[K]),
    error: errors[key],
  });

  /** `aliases` maps a path the API reports to the field that shows it, when the two differ. */
  const showApiError = useCallback(
    (error: unknown, aliases: Record<string, keyof T & string> = {}) => {
      if (!isApiError(error)) return;
      const next: Errors<T> = {};
      const whole = error.errors.filter((e) => e.path === '').map((e) => e.message);
      setFormError(whole.length > 0 ? whole.join(' ') : undefined);
      for (const { path, message } of error.errors) {
        const key = aliases[path] ?? (path.split('/')[1] as (keyof T & string) | undefined);
        if (key && key in initial) next[key] = message;
      }
      setErrors(next);
    },
    [initial],
  );

  const reset = useCallback(() => {
    setValues(initial);
    setErrors({});
    setFormError(undefined);
  }, [initial]);

  /** The fields whose values differ from what the form started from: what an edit sends. */
  const edited = (): Partial<T> => typedOver(values, initial);

  /** Starts again from `next` (the record as just saved): nothing typed, no problems shown. */
  const restart = (next: T) => {
    setInitial(next);
    setValues(next);
    setErrors({});
    setFormError(undefined);
  };

  /**
   * Moves onto `next` (the record read again after someone else's save), keeping what was typed over
   * what the form started from; the problems shown stay (they say why the form moved).
   */
  const rebase = (next: T) => {
    setInitial(next);
    setValues({ ...next, ...typedOver(values, initial) });
  };

  const dirty = differs(values, initial);

  // `initial`: what the form started from, which a save diffs against (only what was changed is sent).
  return {
    values,
    initial,
    errors,
    formError,
    dirty,
    setValue,
    setValues,
    setFormError,
    textInput,
    showApiError,
    reset,
    edited,
    restart,
    rebase,
  };
}
