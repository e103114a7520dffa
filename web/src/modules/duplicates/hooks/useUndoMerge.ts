import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import { mergeKey } from './useMerge';

/** Brings the merged record back with everything that was moved from it. */
export function useUndoMerge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      dataOf(await api.POST('/merges/{id}/undo', { params: { path: { id } } })),
    onSuccess: async (undone) => {
      queryClient.setQueryData(mergeKey(undone.id), undone);
      await queryClient.invalidateQueries({ queryKey: ['duplicates', 'list'] });
      await queryClient.invalidateQueries({ queryKey: [undone.objectType] });
    },
  });
}
