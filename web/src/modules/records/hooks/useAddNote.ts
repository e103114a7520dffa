import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { RecordObject } from '../record-types';

/** Adds a note to a person's or a company's history. */
export function useAddNote(object: RecordObject, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (text: string) =>
      dataOf(
        await api.POST('/activities', {
          body:
            object === 'people'
              ? { type: 'note', body: text, personIds: [id] }
              : { type: 'note', body: text, companyId: id },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [object, 'timeline', id] });
      await queryClient.invalidateQueries({ queryKey: [object, 'overview', id] });
    },
  });
}
