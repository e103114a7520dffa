import { useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

/** An import's rejected rows with their reasons, in the file's order, a page at a time. */
export function useImportRejections(id: string) {
  return useInfiniteQuery({
    queryKey: ['imports', 'one', id, 'rejections'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      dataOf(
        await api.GET('/imports/{id}/rejections', {
          params: { path: { id }, query: { limit: 50, cursor: pageParam } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
