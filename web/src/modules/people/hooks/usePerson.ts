import { useQuery } from '@tanstack/react-query';
import { api, dataOf, etagOf } from '../../../api/client';

export const personKey = (id: string) => ['people', 'detail', id] as const;

/** One person with the ETag to send back as If-Match when editing. */
export function usePerson(id: string, enabled = true) {
  return useQuery({
    queryKey: personKey(id),
    enabled,
    queryFn: async ({ signal }) => {
      const result = await api.GET('/people/{id}', { params: { path: { id } }, signal });
      return { person: dataOf(result), etag: etagOf(result) };
    },
  });
}
