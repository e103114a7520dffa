import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { CustomFieldObject } from '../custom-field-types';

/**
 * The custom fields of people or companies, by position; archived ones too when asked. `enabled`
 * false: not asked for (yet).
 */
export function useCustomFields(
  objectType: CustomFieldObject,
  { includeArchived = false, enabled = true }: { includeArchived?: boolean; enabled?: boolean } = {},
) {
  return useQuery({
    enabled,
    queryKey: ['custom-fields', { objectType, includeArchived }],
    queryFn: async ({ signal }) =>
      dataOf(
        await api.GET('/custom-fields', {
          params: { query: { objectType, includeArchived: includeArchived ? 'true' : 'false' } },
          signal,
        }),
      ).data,
  });
}
