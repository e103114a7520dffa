import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { BodyOf } from '../../../api/types';
import { importKey } from './useImport';

export type RetryBody = BodyOf<'retryImportRejections'>;
export type FixedRow = RetryBody['rows'][number];

/**
 * Sends fixed rejected rows as a new import; the answer is that import, queued. The original's
 * rejections and links change too (each row sent names the new import).
 */
export function useRetryImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: RetryBody) =>
      dataOf(await api.POST('/imports/{id}/retry', { params: { path: { id } }, body })),
    onSuccess: async (retry) => {
      queryClient.setQueryData(importKey(retry.id), retry);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: importKey(id) }),
        queryClient.invalidateQueries({ queryKey: ['imports', 'list'] }),
      ]);
    },
  });
}
