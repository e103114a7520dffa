import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { DuplicateObject, DuplicateRecord } from '../duplicate-types';

/** A person or company in full, for the side-by-side review. */
export function useDuplicateRecord(objectType: DuplicateObject, id: string) {
  return useQuery({
    queryKey: [objectType, 'one', id, 'for-merge'],
    queryFn: async ({ signal }): Promise<DuplicateRecord> => {
      const params = { params: { path: { id } }, signal };
      return objectType === 'people'
        ? dataOf(await api.GET('/people/{id}', params))
        : dataOf(await api.GET('/companies/{id}', params));
    },
    staleTime: 0,
  });
}
