import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { BodyOf } from '../../../api/types';
import { ME_KEY } from './useMe';

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BodyOf<'updateMe'>) => dataOf(await api.PATCH('/me', { body })),
    onSuccess: async (me) => {
      queryClient.setQueryData(ME_KEY, me);
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
}
