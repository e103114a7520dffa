import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { ApiFilter } from '../filter-model';
import type { RecordObject } from '../record-types';

/** How many people or companies a filter holds: exact up to 10,000, else the server's estimate. */
export function useRecordCount(object: RecordObject, filter: ApiFilter | null, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [object, 'count', filter],
    queryFn: async ({ signal }) => {
      const params = { query: { filter: filter ? JSON.stringify(filter) : undefined } };
      return object === 'people'
        ? dataOf(await api.GET('/people/count', { params, signal }))
        : dataOf(await api.GET('/companies/count', { params, signal }));
    },
    placeholderData: keepPreviousData,
  });
}
