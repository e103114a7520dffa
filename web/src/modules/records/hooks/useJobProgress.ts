import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
import { api, dataOf } from '../../../api/client';

const FINISHED = new Set(['succeeded', 'dead']);

/**
 * Follows a background job until it finishes. Only roles that read Settings may see jobs; for the
 * others the query fails with 403 and the caller says the work goes on in the background.
 */
export function useJobProgress(jobId: string | undefined) {
  return useQuery({
    queryKey: ['jobs', 'detail', jobId],
    enabled: jobId !== undefined,
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/jobs/{id}', { params: { path: { id: jobId ?? '' } }, signal })),
    refetchInterval: (query) => {
      if (isApiError(query.state.error) && query.state.error.status === 403) return false;
      return query.state.data && FINISHED.has(query.state.data.state) ? false : 1000;
    },
    retry: false,
  });
}
