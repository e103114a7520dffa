import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { DuplicateObject } from '../duplicate-types';

/** What merging `mergedId` into `survivorId` would move (GET /{object}/{id}/merge-preview). */
export function useMergePreview(objectType: DuplicateObject, survivorId: string, mergedId: string) {
  return useQuery({
    queryKey: [objectType, 'merge-preview', survivorId, mergedId],
    queryFn: async ({ signal }) => {
      const request = { params: { path: { id: survivorId }, query: { mergedId } }, signal };
      return dataOf(
        objectType === 'people'
          ? await api.GET('/people/{id}/merge-preview', request)
          : await api.GET('/companies/{id}/merge-preview', request),
      );
    },
    staleTime: 0,
  });
}
