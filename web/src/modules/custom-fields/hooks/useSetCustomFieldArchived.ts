import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

/** Archives a field (hidden, values kept) or restores it with its values. */
export function useSetCustomFieldArchived() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, archived }: { id: string; archived: boolean }) => {
      const params = { params: { path: { id } } };
      return dataOf(
        archived
          ? await api.POST('/custom-fields/{id}/archive', params)
          : await api.POST('/custom-fields/{id}/restore', params),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['custom-fields'] });
    },
  });
}
