import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { DuplicateObject } from '../duplicate-types';

/** Looks for duplicates now: at once in small workspaces (`found`), else by a job (`jobId`). */
export function useScanDuplicates() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (objectType: DuplicateObject) =>
      dataOf(await api.POST('/duplicates/scan', { body: { objectType } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['duplicates', 'list'] });
    },
  });
}
