import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import { uploadAttachments } from '../attachments';
import type { RecordObject } from '../record-types';

export interface NewNote {
  /** The editor's HTML, or null for a note that is only its files. */
  html: string | null;
  files: readonly File[];
}

/**
 * Adds a note to a person's or a company's history, then attaches its files. The body is the editor's
 * HTML: the server sanitises it, derives the plain text, and notifies the colleagues it mentions.
 * The files are sent once the note exists, each on its own; those that fail are returned, and can be
 * attached to the note from the history.
 */
export function useAddNote(object: RecordObject, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ html, files }: NewNote) => {
      const bodyHtml = html ?? undefined;
      const note = dataOf(
        await api.POST('/activities', {
          body:
            object === 'people'
              ? { type: 'note', bodyHtml, personIds: [id] }
              : { type: 'note', bodyHtml, companyId: id },
        }),
      );
      return { note, failed: await uploadAttachments(note.id, files) };
    },
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: [object, 'timeline', id] });
      await queryClient.invalidateQueries({ queryKey: [object, 'overview', id] });
    },
  });
}
