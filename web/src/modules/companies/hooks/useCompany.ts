import { useQuery } from '@tanstack/react-query';
import { api, dataOf, etagOf } from '../../../api/client';

export const companyKey = (id: string) => ['companies', 'detail', id] as const;

/** One company with the ETag to send back as If-Match when editing. */
export function useCompany(id: string) {
  return useQuery({
    queryKey: companyKey(id),
    queryFn: async ({ signal }) => {
      const result = await api.GET('/companies/{id}', { params: { path: { id } }, signal });
      return { company: dataOf(result), etag: etagOf(result) };
    },
  });
}
