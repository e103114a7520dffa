import { useQuery } from '@tanstack/react-query';
import { api, dataOf, etagOf } from '../../../api/client';

export const workspaceKey = (id: string) => ['workspace', id] as const;

/** The current workspace with its ETag, for If-Match on a rename. */
export function useWorkspace(id: string) {
  return useQuery({
    queryKey: workspaceKey(id),
    queryFn: async () => {
      const result = await api.GET('/workspaces/{id}', { params: { path: { id } } });
      return { workspace: dataOf(result), etag: etagOf(result) };
    },
  });
}
