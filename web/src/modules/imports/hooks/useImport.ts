import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import { RUNNING } from '../import-types';

export const importKey = (id: string) => ['imports', 'one', id] as const;

/** One import; while it is queued or processing, read again every second to follow its progress. */
export function useImport(id: string) {
  return useQuery({
    queryKey: importKey(id),
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/imports/{id}', { params: { path: { id } }, signal })),
    refetchInterval: (query) => (query.state.data && RUNNING.has(query.state.data.status) ? 1000 : false),
    staleTime: 0,
  });
}
