import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { BodyOf } from '../../../api/types';
import { ME_KEY } from './useMe';
import { SETUP_KEY } from './useSetupStatus';

/** Creates the first workspace and its admin, and signs in. */
export function useSetUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BodyOf<'setUp'>) => dataOf(await api.POST('/setup', { body })),
    onSuccess: (me) => {
      queryClient.setQueryData(SETUP_KEY, { needsSetup: false });
      queryClient.setQueryData(ME_KEY, me);
    },
  });
}
