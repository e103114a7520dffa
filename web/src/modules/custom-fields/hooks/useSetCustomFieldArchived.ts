import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import { readViewsNaming } from './useViewsNaming';

/**
 * Archives a field (hidden, values kept) or restores it with its values. Archived, it also reads the
 * views that filter or sort by it (`views`), which now say it is gone; none if that read fails, since
 * the field is archived all the same.
 */
export function useSetCustomFieldArchived() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, archived }: { id: string; archived: boolean }) => {
      const params = { params: { path: { id } } };
      const field = dataOf(
        archived
          ? await api.POST('/custom-fields/{id}/archive', params)
          : await api.POST('/custom-fields/{id}/restore', params),
      );
      const views = archived ? await readViewsNaming(id).catch(() => undefined) : undefined;
      return { field, views };
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['custom-fields'] });
    },
  });
}
