import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import { uploadAttachments } from '../attachments';
import { type LoggedEntry, loggedEntryBody } from '../logged-entries';
import type { RecordObject } from '../record-types';

/**
 * Adds a note, or logs a call, meeting or e-mail, in a person's or a company's history, then attaches
 * its files. The body is the editor's HTML: the server sanitises it, derives the plain text, and
 * notifies the colleagues it mentions. The files are sent once the entry exists, each on its own;
 * those that fail are returned, and can be attached to the entry from the history.
 */
export function useLogEntry(object: RecordObject, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ entry, files }: { entry: LoggedEntry; files: readonly File[] }) => {
      const logged = dataOf(await api.POST('/activities', { body: loggedEntryBody(entry, { object, id }) }));
      return { logged, failed: await uploadAttachments(logged.id, files) };
    },
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: [object, 'timeline', id] });
      // The overview's "Last contact" follows a logged call, meeting or e-mail.
      await queryClient.invalidateQueries({ queryKey: [object, 'overview', id] });
    },
  });
}
