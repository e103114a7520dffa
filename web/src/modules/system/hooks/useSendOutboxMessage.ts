import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

/** Queues a held or failed e-mail for sending again. */
export function useSendOutboxMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      dataOf(await api.POST('/outbox-messages/{id}/send', { params: { path: { id } } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['outbox'] });
      await queryClient.invalidateQueries({ queryKey: ['jobs'] });
    },
  });
}
