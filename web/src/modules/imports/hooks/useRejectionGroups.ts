import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import { importKey } from './useImport';

/** The import's rejected rows counted by what their reasons are about (a column, a field), most first. */
export function useRejectionGroups(id: string) {
  return useQuery({
    queryKey: [...importKey(id), 'rejection-groups'],
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/imports/{id}/rejection-groups', { params: { path: { id } }, signal })).data,
  });
}
