import { useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

/** Past and current imports, newest first (admins and managers see everyone's). */
export function useImports() {
  return useInfiniteQuery({
    queryKey: ['imports', 'list'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      dataOf(await api.GET('/imports', { params: { query: { limit: 20, cursor: pageParam } }, signal })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
