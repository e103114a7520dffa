import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

/** The tree the company belongs to, from the top-most parent, with roll-ups per node. */
export function useCompanyHierarchy(id: string) {
  return useQuery({
    queryKey: ['companies', 'hierarchy', id],
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/companies/{id}/hierarchy', { params: { path: { id } }, signal })).data,
  });
}
