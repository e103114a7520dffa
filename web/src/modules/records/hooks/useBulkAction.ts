import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { BulkBody, BulkResult, RecordObject } from '../record-types';

/**
 * Applies a bulk action to a selection or a whole filter result. Up to the server's limit it is done
 * when this resolves; beyond, the answer carries the job that does the work.
 */
export function useBulkAction(object: RecordObject) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BulkBody): Promise<BulkResult> =>
      object === 'people'
        ? dataOf(await api.POST('/people/bulk', { body }))
        : dataOf(await api.POST('/companies/bulk', { body })),
    onSuccess: async (result) => {
      if (!result.jobId) await queryClient.invalidateQueries({ queryKey: [object] });
      await queryClient.invalidateQueries({ queryKey: ['audit-log'] });
    },
  });
}
