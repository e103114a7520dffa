import { useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { TaskSubject } from '../task-types';

export const TASKS_KEY = ['tasks'] as const;

/** A person's or a company's tasks, soonest due first (undated last): open ones, or all. */
export function useTasks(subject: TaskSubject, withDone: boolean) {
  return useInfiniteQuery({
    queryKey: [...TASKS_KEY, 'of', subject, withDone ? 'all' : 'open'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      dataOf(
        await api.GET('/tasks', {
          params: {
            query: { ...subject, status: withDone ? undefined : 'open', limit: 25, cursor: pageParam },
          },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
