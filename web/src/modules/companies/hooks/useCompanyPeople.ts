import { useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

/** The people whose primary company this is, by name, a page at a time. */
export function useCompanyPeople(companyId: string) {
  return useInfiniteQuery({
    queryKey: ['people', 'of-company', companyId],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      dataOf(
        await api.GET('/people', {
          params: { query: { companyId, sort: 'lastName', limit: 25, cursor: pageParam } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
