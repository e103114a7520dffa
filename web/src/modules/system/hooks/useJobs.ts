import { useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { JobState } from '../../../api/types';

/** Background jobs, newest first; `state: 'dead'` gives the dead letters. */
export function useJobs(state: JobState | null) {
  return useInfiniteQuery({
    queryKey: ['jobs', { state }],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      dataOf(
        await api.GET('/jobs', {
          params: { query: { limit: 50, cursor: pageParam, state: state ?? undefined } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
