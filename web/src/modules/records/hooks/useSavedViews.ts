import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { RecordObject } from '../record-types';

export const savedViewsKey = (objectType: RecordObject) => ['saved-views', objectType] as const;

/** Your own views of people or companies, and those colleagues shared, by name. */
export function useSavedViews(objectType: RecordObject) {
  return useQuery({
    queryKey: savedViewsKey(objectType),
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/saved-views', { params: { query: { objectType } }, signal })).data,
  });
}
