import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isStaleVersion } from '../../../api/api-error';
import { api, dataOf, etagOf } from '../../../api/client';
import type { BodyOf } from '../../../api/types';
import { teamKey } from './useTeam';

interface TeamChange {
  id: string;
  change: BodyOf<'updateTeam'>;
  etag: string | undefined;
}

/** Renames a team or changes its members; a stale ETag answers 412. */
export function useUpdateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: async ({ id, change, etag }: TeamChange) => {
      const result = await api.PATCH('/teams/{id}', {
        params: { path: { id } },
        body: change,
        headers: etag ? { 'If-Match': etag } : {},
      });
      return { team: dataOf(result), etag: etagOf(result) };
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(teamKey(saved.team.id), saved);
      await queryClient.invalidateQueries({ queryKey: ['teams', 'list'] });
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      await queryClient.invalidateQueries({ queryKey: ['audit-log'] });
    },
    // Any other failure: the form moves onto the record as it is now. A stale version's (412) read
    // again is the form's, which waits for it (useVersionedEdit).
    onError: async (error, { id }) => {
      if (!isStaleVersion(error)) await queryClient.invalidateQueries({ queryKey: teamKey(id) });
    },
  });
}
