import { useState } from 'react';
import { isApiError } from '../api/api-error';
import { notifyError } from './notify';
import { useApiForm } from './useApiForm';

/**
 * Someone else saved the record while this form was open: the ETag it was read with is stale (412).
 * The form keeps what was typed, and a save sends only what differs from what the form started from,
 * so saving again, with the record read anew, applies these changes on top of theirs. Says so in the
 * form and reads the record again (`readAgain`); false for any other error.
 */
export function showStaleEdit(
  error: unknown,
  form: { setFormError: (message: string) => void },
  noun: string,
  readAgain: () => void,
): boolean {
  if (!(isApiError(error) && error.status === 412)) return false;
  form.setFormError(
    `Someone else saved this ${noun} while you were editing. Your changes are still here: save again to apply them on top of theirs.`,
  );
  readAgain();
  return true;
}

/**
 * The details form of a record that stays open after its saves (a drawer), over the record as read
 * with its ETag. The form keeps the version it started from, so that a save answers 412 when someone
 * else saved in between rather than overwrite them unseen; a newer version read meanwhile (a refetch)
 * replaces the values only while nothing is typed. A save sends only what was typed (`form.edited()`);
 * after it the form starts from the saved record (`saved`). After a 412 (`failed`) the form says so
 * and, once the record is read again, moves onto it with what was typed kept over it.
 */
export function useVersionedEdit<T extends Record<string, unknown>>(read: {
  values: T;
  etag: string | undefined;
}) {
  const form = useApiForm(read.values);
  const [etag, setEtag] = useState(read.etag);
  const [rereading, setRereading] = useState(false);
  if (read.etag !== etag && (rereading || !form.dirty)) {
    // Adjusted while rendering, so that the first frame of the new version already shows it.
    setEtag(read.etag);
    setRereading(false);
    form.rebase(read.values);
  }
  return {
    form,
    /** The version the form's values are based on: the one a save names in If-Match. */
    etag,
    saved: (values: T, savedEtag: string | undefined) => {
      setEtag(savedEtag);
      form.restart(values);
    },
    /**
     * A failed save: a stale version said in the form (`noun`: "team"), then the record as read again
     * by the save's mutation (its `onError` refetches on any failure); other problems as the API gave them.
     */
    failed: (error: unknown, noun: string) => {
      if (showStaleEdit(error, form, noun, () => setRereading(true))) return;
      form.showApiError(error);
      notifyError(error);
    },
  };
}
