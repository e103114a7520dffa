import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

const FINISHED = new Set(['succeeded', 'dead']);

/** Follows a bulk action that runs as a job, until it finishes: its state and processed of total. */
export function useBulkJob(jobId: string) {
  return useQuery({
    queryKey: ['bulk-jobs', jobId],
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/bulk-jobs/{id}', { params: { path: { id: jobId } }, signal })),
    refetchInterval: (query) =>
      query.state.error || (query.state.data && FINISHED.has(query.state.data.state)) ? false : 1000,
    retry: false,
  });
}
