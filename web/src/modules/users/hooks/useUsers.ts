import { useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { Role, UserStatus } from '../../../api/types';

export interface UserFilters {
  q: string;
  role: Role | null;
  status: UserStatus | null;
}

/** Members of the workspace, a page at a time ("Load more" follows nextCursor). */
export function useUsers(filters: UserFilters) {
  return useInfiniteQuery({
    queryKey: ['users', 'list', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      dataOf(
        await api.GET('/users', {
          params: {
            query: {
              limit: 50,
              cursor: pageParam,
              q: filters.q.trim() || undefined,
              role: filters.role ?? undefined,
              status: filters.status ?? undefined,
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
