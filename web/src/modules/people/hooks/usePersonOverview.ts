import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

/** Customer 360: the person, their companies, open deals, tickets, orders, revenue, last contact. */
export function usePersonOverview(id: string) {
  return useQuery({
    queryKey: ['people', 'overview', id],
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/people/{id}/overview', { params: { path: { id } }, signal })),
  });
}
