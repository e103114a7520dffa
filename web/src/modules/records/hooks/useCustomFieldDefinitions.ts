import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { RecordObject } from '../record-types';

/**
 * The active custom fields of people or companies, for columns, filters and forms. Under the
 * `custom-fields` key, so a change in Settings › Custom fields refreshes the lists too.
 */
export function useCustomFieldDefinitions(objectType: RecordObject) {
  return useQuery({
    queryKey: ['custom-fields', 'active', objectType],
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/custom-fields', { params: { query: { objectType } }, signal })).data,
    staleTime: 60_000,
  });
}
