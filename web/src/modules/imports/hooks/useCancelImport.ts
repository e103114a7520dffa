import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import { importKey } from './useImport';

/** Stops an import after the batch in flight; rows already written stay. */
export function useCancelImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => dataOf(await api.POST('/imports/{id}/cancel', { params: { path: { id } } })),
    onSuccess: async (cancelled) => {
      queryClient.setQueryData(importKey(id), cancelled);
      await queryClient.invalidateQueries({ queryKey: ['imports', 'list'] });
    },
  });
}
