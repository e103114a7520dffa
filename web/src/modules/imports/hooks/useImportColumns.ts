import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import { importKey } from './useImport';

/** The import's columns in header order, each with the field it fills and that field's label. */
export function useImportColumns(id: string, enabled = true) {
  return useQuery({
    queryKey: [...importKey(id), 'columns'],
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/imports/{id}/columns', { params: { path: { id } }, signal })).data,
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
