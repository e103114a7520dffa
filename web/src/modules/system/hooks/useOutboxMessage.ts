import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

/** One e-mail with its text and HTML bodies. */
export function useOutboxMessage(id: string) {
  return useQuery({
    queryKey: ['outbox', 'detail', id],
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/outbox-messages/{id}', { params: { path: { id } }, signal })),
  });
}
