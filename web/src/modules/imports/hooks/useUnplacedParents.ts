import { useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

/** The companies a company import wrote but could not place under their parent, a page at a time. */
export function useUnplacedParents(id: string) {
  return useInfiniteQuery({
    queryKey: ['imports', 'one', id, 'unplaced-parents'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      dataOf(
        await api.GET('/imports/{id}/unplaced-parents', {
          params: { path: { id }, query: { limit: 50, cursor: pageParam } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
