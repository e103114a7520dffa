import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { BodyOf } from '../../../api/types';
import { importKey } from './useImport';

/** Fixes the mapping and dedupe choice and queues the import; the answer is followed by useImport. */
export function useStartImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BodyOf<'startImport'>) =>
      dataOf(await api.POST('/imports/{id}/start', { params: { path: { id } }, body })),
    onSuccess: async (started) => {
      queryClient.setQueryData(importKey(id), started);
      await queryClient.invalidateQueries({ queryKey: ['imports', 'list'] });
    },
  });
}
