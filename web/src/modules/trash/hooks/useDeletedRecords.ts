import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

export type TrashObject = 'people' | 'companies';

const deletedKey = (object: TrashObject) => ['trash', object] as const;

/**
 * The deleted people or companies the member may restore, most recently deleted first; with `q`, those
 * whose name (or e-mail, or domain) holds it.
 */
export function useDeletedRecords(object: TrashObject, q: string) {
  return useInfiniteQuery({
    queryKey: [...deletedKey(object), q],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) => {
      const query = { limit: 50, cursor: pageParam, q: q || undefined };
      return dataOf(
        object === 'people'
          ? await api.GET('/people/deleted', { params: { query }, signal })
          : await api.GET('/companies/deleted', { params: { query }, signal }),
      );
    },
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** Brings one back; its lists, pages and the deleted list read it again. */
export function useRestoreRecord(object: TrashObject) {
  const queryClient = useQueryClient();
  return useMutation({
    // What comes back is not read: the record's page, opened next, reads it.
    mutationFn: async (id: string) => {
      const params = { params: { path: { id } } };
      if (object === 'people') dataOf(await api.POST('/people/{id}/restore', params));
      else dataOf(await api.POST('/companies/{id}/restore', params));
    },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: deletedKey(object) }),
        queryClient.invalidateQueries({ queryKey: [object] }),
      ]);
    },
  });
}

/** Brings back every record deleted at or after a moment (the way back from a bulk delete). */
export function useRestoreSince(object: TrashObject) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (since: string) => {
      const body = { body: { since } };
      return dataOf(
        object === 'people'
          ? await api.POST('/people/deleted/restore', body)
          : await api.POST('/companies/deleted/restore', body),
      );
    },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: deletedKey(object) }),
        queryClient.invalidateQueries({ queryKey: [object] }),
      ]);
    },
  });
}
