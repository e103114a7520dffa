import { useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

/**
 * An import's rejected rows with their reasons, in the file's order, a page at a time; with `about`,
 * only those whose reason is about that column or field ('' for reasons naming none).
 */
export function useImportRejections(id: string, about?: string) {
  return useInfiniteQuery({
    queryKey: ['imports', 'one', id, 'rejections', about ?? null],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      dataOf(
        await api.GET('/imports/{id}/rejections', {
          params: {
            path: { id },
            query: { limit: 50, cursor: pageParam, ...(about === undefined ? {} : { about }) },
          },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
