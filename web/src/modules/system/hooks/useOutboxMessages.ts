import { useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { MailStatus } from '../../../api/types';

/** E-mails the workspace sent or holds, newest first. */
export function useOutboxMessages(status: MailStatus | null) {
  return useInfiniteQuery({
    queryKey: ['outbox', 'list', { status }],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      dataOf(
        await api.GET('/outbox-messages', {
          params: { query: { limit: 50, cursor: pageParam, status: status ?? undefined } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
