import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { DuplicateObject } from '../duplicate-types';

export interface MergeRequest {
  objectType: DuplicateObject;
  survivorId: string;
  mergedId: string;
  /** Field → which record's value to keep; unnamed fields keep the survivor's unless it is empty. */
  choices: Record<string, 'survivor' | 'merged'>;
}

export function useMergeRecords() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ objectType, survivorId, mergedId, choices }: MergeRequest) => {
      const request = { params: { path: { id: survivorId } }, body: { mergedId, choices } };
      return dataOf(
        objectType === 'people'
          ? await api.POST('/people/{id}/merge', request)
          : await api.POST('/companies/{id}/merge', request),
      );
    },
    onSuccess: async (_merge, { objectType }) => {
      await queryClient.invalidateQueries({ queryKey: ['duplicates', 'list'] });
      // Stale, not refetched here: the review still shows the merged record, gone now (a 404 each for
      // it and its previews), and the page moves on. What is shown next reads afresh.
      await queryClient.invalidateQueries({ queryKey: [objectType], refetchType: 'none' });
    },
  });
}
