import { useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { DuplicateObject, DuplicateStatus } from '../duplicate-types';

/** Candidate pairs, most certain first; with a record, only the pairs it is in. */
export function useDuplicates(objectType: DuplicateObject, status: DuplicateStatus, recordId?: string) {
  return useInfiniteQuery({
    queryKey: ['duplicates', 'list', { objectType, status, recordId }],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      dataOf(
        await api.GET('/duplicates', {
          params: { query: { objectType, status, recordId, limit: 50, cursor: pageParam } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
