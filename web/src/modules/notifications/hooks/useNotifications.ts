import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

export const NOTIFICATIONS_KEY = ['notifications'] as const;

/**
 * The signed-in member's notifications, newest first a page at a time, and how many are unread.
 * The events socket tells this member alone when theirs change (a note mentions them, another tab
 * marks them read), and a socket that was away refetches them when it is back.
 */
export function useNotifications(limit: number) {
  return useInfiniteQuery({
    queryKey: [...NOTIFICATIONS_KEY, limit],
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
