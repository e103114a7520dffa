import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isStaleVersion } from '../../../api/api-error';
import { api, dataOf, etagOf } from '../../../api/client';
import type { BodyOf, Me } from '../../../api/types';
import { ME_KEY } from '../../account/hooks/useMe';
import { workspaceKey } from './useWorkspace';

interface WorkspaceChange {
  id: string;
  change: BodyOf<'updateWorkspace'>;
  /** The ETag the form was filled from: a change by someone else in between answers 412. */
  etag: string | undefined;
}

/** Renames the current workspace or changes its defaults. */
export function useUpdateWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: async ({ id, change, etag }: WorkspaceChange) => {
      const result = await api.PATCH('/workspaces/{id}', {
        params: { path: { id } },
        body: change,
        headers: etag ? { 'If-Match': etag } : {},
      });
      return { workspace: dataOf(result), etag: etagOf(result) };
    },
    onSuccess: (saved) => {
      const { id, name } = saved.workspace;
      queryClient.setQueryData(workspaceKey(id), saved);
      queryClient.setQueryData<Me | null>(ME_KEY, (me) =>
        me
          ? {
              ...me,
              workspace: me.workspace.id === id ? { ...me.workspace, name } : me.workspace,
              workspaces: me.workspaces.map((w) => (w.id === id ? { ...w, name } : w)),
            }
          : me,
      );
    },
    onError: async (error, { id }) => {
      // Any failure: read the workspace again so the next try starts from now. A stale ETag's (412)
      // read again is the form's, which waits for it (useVersionedEdit).
      if (!isStaleVersion(error)) await queryClient.invalidateQueries({ queryKey: workspaceKey(id) });
    },
  });
}
