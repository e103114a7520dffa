import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isStaleVersion } from '../api/api-error';
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
  if (!isStaleVersion(error)) return false;
  form.setFormError(
    `Someone else saved this ${noun} while you were editing. Your changes are still here: save again to apply them on top of theirs.`,
  );
  readAgain();
  return true;
}

/**
 * The form of a record read with its ETag. The form keeps the version it started from, so that a save
 * answers 412 when someone else saved in between rather than overwrite them unseen (a refetch meanwhile,
 * on the window's focus say, does not move it on); a newer version read replaces the values only while
 * nothing is typed. A save sends only what was typed (`form.edited()`); after it, a form that stays open
 * (a drawer) starts from the saved record (`saved`). After a 412 (`stale`, `failed`) the form says so
 * and, once the record is read again, moves onto it with what was typed kept over it: saving again
 * applies this user's changes on top of theirs.
 *
 * `read.key`: the record's query, read again after a 412 (`stale`, `failed`) once the form waits for
 * it. `read.failedAt`: when a read of the record last failed (the query's `errorUpdatedAt`). A read
 * again after a 412 that fails (the connection dropped) ends the wait: the form says so, and a save
 * then answers 412 again and reads again.
 *
 * `startOver`: as in `useApiForm`, for a dialog kept mounted while closed; each opening starts from the
 * record and version as then read.
 */
export function useVersionedEdit<T extends Record<string, unknown>>(
  read: { values: T; etag: string | undefined; failedAt?: number; key?: QueryKey },
  { startOver }: { startOver?: boolean } = {},
) {
  const queryClient = useQueryClient();
  const form = useApiForm(read.values, { startOver });
  const [etag, setEtag] = useState(read.etag);
  // Since when, and for what noun, the form waits for the record read again after a 412.
  const [rereading, setRereading] = useState<{ since: number; noun: string }>();
  const [opened, setOpened] = useState(startOver);
  // Adjusted while rendering, so that the first frame of a new version already shows it. Only a failure
  // after the 412 ends the wait: a version read arrives here as `read.etag`, never by a callback that
  // could run before the render that moves the form onto it.
  if (startOver !== opened) {
    setOpened(startOver);
    if (startOver) {
      setEtag(read.etag);
      setRereading(undefined);
    }
  } else if (read.etag !== etag && (rereading || !form.dirty)) {
    setEtag(read.etag);
    setRereading(undefined);
    form.rebase(read.values);
  } else if (rereading && read.failedAt !== undefined && read.failedAt >= rereading.since) {
    setRereading(undefined);
    form.setFormError(
      `Someone else saved this ${rereading.noun} while you were editing, and their version could not be read. Your changes are still here: check the connection, then save again.`,
    );
  }

  /** A 412 said in the form (`noun`: "team"), the form then waiting for the record read again. */
  const stale = (error: unknown, noun: string): boolean =>
    showStaleEdit(error, form, noun, () => {
      setRereading({ since: Date.now(), noun });
      if (read.key) void queryClient.invalidateQueries({ queryKey: read.key });
    });

  return {
    form,
    /** The version the form's values are based on: the one a save names in If-Match. */
    etag,
    /**
     * After a 412, until the record is read again: a save now would name the same stale version and be
     * refused again, so the form's save waits (shown as pending).
     */
    rereading: rereading !== undefined,
    saved: (values: T, savedEtag: string | undefined) => {
      setEtag(savedEtag);
      form.restart(values);
    },
    stale,
    /** A failed save: a stale version as `stale` says it; other problems as the API gave them. */
    failed: (error: unknown, noun: string) => {
      if (stale(error, noun)) return;
      form.showApiError(error);
      notifyError(error);
    },
  };
}
