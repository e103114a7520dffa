import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isStaleVersion } from '../../../api/api-error';
import { api, dataOf, etagOf } from '../../../api/client';
import type { BodyOf } from '../../../api/types';
import { userKey } from './useUser';

interface UserChange {
  id: string;
  change: BodyOf<'updateUser'>;
  etag: string | undefined;
}

/** Changes a member's role, status or teams; a stale ETag answers 412. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: async ({ id, change, etag }: UserChange) => {
      const result = await api.PATCH('/users/{id}', {
        params: { path: { id } },
        body: change,
        headers: etag ? { 'If-Match': etag } : {},
      });
      return { user: dataOf(result), etag: etagOf(result) };
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(userKey(saved.user.id), saved);
      await queryClient.invalidateQueries({ queryKey: ['users', 'list'] });
      await queryClient.invalidateQueries({ queryKey: ['users', 'directory'] });
      await queryClient.invalidateQueries({ queryKey: ['teams'] });
      await queryClient.invalidateQueries({ queryKey: ['audit-log'] });
    },
    // Any failure, a stale version (412) above all: the form moves onto the record as it is now.
    // A stale version's (412) read again is the form's, which waits for it (useVersionedEdit).
    onError: async (error, { id }) => {
      if (!isStaleVersion(error)) await queryClient.invalidateQueries({ queryKey: userKey(id) });
    },
  });
}
