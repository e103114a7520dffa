import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

/** Account 360: the company's open deals, its people's tickets, its orders and revenue, last contact. */
export function useCompanyOverview(id: string) {
  return useQuery({
    queryKey: ['companies', 'overview', id],
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/companies/{id}/overview', { params: { path: { id } }, signal })),
  });
}
