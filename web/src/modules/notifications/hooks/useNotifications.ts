import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

export const NOTIFICATIONS_KEY = ['notifications'] as const;

/**
 * The signed-in member's notifications, newest first a page at a time, and how many are unread. A note that mentions them
 * reaches an open page through the events socket (a new timeline entry makes this stale); the
 * interval covers a socket that is down.
 */
export function useNotifications(limit: number) {
  return useInfiniteQuery({
    queryKey: [...NOTIFICATIONS_KEY, limit],
    refetchInterval: 60_000,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      dataOf(await api.GET('/notifications', { params: { query: { limit, cursor: pageParam } }, signal })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** Marks notifications read: those named, or every unread one. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ids?: string[]) =>
      dataOf(await api.POST('/notifications/read', { body: ids ? { ids } : {} })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
