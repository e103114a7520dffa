import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

/** Dismisses a pair (not duplicates: never suggested again) or reopens a dismissed one. */
export function useSetDuplicateStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, dismissed }: { id: string; dismissed: boolean }) => {
      const params = { params: { path: { id } } };
      return dataOf(
        dismissed
          ? await api.POST('/duplicates/{id}/dismiss', params)
          : await api.POST('/duplicates/{id}/reopen', params),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['duplicates', 'list'] });
    },
  });
}
