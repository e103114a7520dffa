import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';

/** E-mails a fresh invitation link (held in the outbox when there is no mail server). */
export function useResendInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await api.POST('/users/{id}/invitation', { params: { path: { id } } });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['outbox'] });
    },
  });
}
