import { useQuery } from '@tanstack/react-query';
import { api, dataOf, etagOf } from '../../../api/client';

export const userKey = (id: string) => ['users', 'detail', id] as const;

/** One member with the ETag to send back as If-Match. */
export function useUser(id: string) {
  return useQuery({
    queryKey: userKey(id),
    queryFn: async ({ signal }) => {
      const result = await api.GET('/users/{id}', { params: { path: { id } }, signal });
      return { user: dataOf(result), etag: etagOf(result) };
    },
  });
}
