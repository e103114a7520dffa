import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { BodyOf } from '../../../api/types';

/** Adds someone with a first password, or e-mails them an invitation. */
export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BodyOf<'inviteUser'>) => dataOf(await api.POST('/users', { body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      await queryClient.invalidateQueries({ queryKey: ['audit-log'] });
      await queryClient.invalidateQueries({ queryKey: ['outbox'] });
    },
  });
}
