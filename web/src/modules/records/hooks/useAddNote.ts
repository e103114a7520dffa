import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { RecordObject } from '../record-types';

/**
 * Adds a note to a person's or a company's history. The body is the editor's HTML: the server
 * sanitises it, derives the plain text, and notifies the colleagues it mentions.
 */
export function useAddNote(object: RecordObject, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (html: string) =>
      dataOf(
        await api.POST('/activities', {
          body:
            object === 'people'
              ? { type: 'note', bodyHtml: html, personIds: [id] }
              : { type: 'note', bodyHtml: html, companyId: id },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [object, 'timeline', id] });
      await queryClient.invalidateQueries({ queryKey: [object, 'overview', id] });
    },
  });
}
