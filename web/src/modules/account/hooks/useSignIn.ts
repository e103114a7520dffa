import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { BodyOf } from '../../../api/types';
import { forgetAccountData } from '../forget-account-data';
import { ME_KEY } from './useMe';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BodyOf<'signIn'>) => dataOf(await api.POST('/auth/sign-in', { body })),
    onSuccess: (me) => {
      // Whatever was cached belonged to whoever was signed in before.
      forgetAccountData(queryClient);
      queryClient.setQueryData(ME_KEY, me);
    },
    meta: { inlineErrors: true },
  });
}
