import { useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { DuplicateObject, DuplicateStatus } from '../duplicate-types';

/** Candidate pairs, most certain first. */
export function useDuplicates(objectType: DuplicateObject, status: DuplicateStatus) {
  return useInfiniteQuery({
    queryKey: ['duplicates', 'list', { objectType, status }],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      dataOf(
        await api.GET('/duplicates', {
          params: { query: { objectType, status, limit: 50, cursor: pageParam } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
