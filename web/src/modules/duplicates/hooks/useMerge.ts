import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

export const mergeKey = (id: string) => ['merges', id] as const;

/** A merge: who survived, who was merged, how much moved, and whether it was undone. */
export function useMerge(id: string) {
  return useQuery({
    queryKey: mergeKey(id),
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/merges/{id}', { params: { path: { id } }, signal })),
  });
}
