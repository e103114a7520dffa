import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import { ME_KEY } from './useMe';

/** Makes another of your workspaces the current one, and reloads everything for it. */
export function useSwitchWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (workspaceId: string) =>
      dataOf(await api.POST('/me/switch-workspace', { body: { workspaceId } })),
    onSuccess: async (me) => {
      queryClient.setQueryData(ME_KEY, me);
      await queryClient.resetQueries({
        predicate: (query) => query.queryKey[0] !== 'me' && query.queryKey[0] !== 'setup',
      });
    },
  });
}
