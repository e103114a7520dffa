import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

/** Every role with what it may do per kind of record. */
export function useRoles() {
  return useQuery({
    queryKey: ['roles'],
    queryFn: async ({ signal }) => dataOf(await api.GET('/roles', { signal })).data,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
