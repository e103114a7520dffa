import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { Task, TaskStatus } from '../task-types';
import { TASKS_KEY } from './useTasks';

/**
 * The "Task done" entry is written by the server's timeline consumer shortly after the change
 * commits, not by the request itself, and the app has no push channel: the timelines are read again
 * now and twice more while the consumer catches up.
 */
function refreshTimelinesSoon(queryClient: QueryClient) {
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['people', 'timeline'] });
    void queryClient.invalidateQueries({ queryKey: ['companies', 'timeline'] });
  };
  refresh();
  for (const delay of [1_000, 3_000]) setTimeout(refresh, delay);
}

/** Completes or reopens a task, as of the version shown (a stale one answers 412). */
export function useSetTaskStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ task, status }: { task: Task; status: TaskStatus }) =>
      dataOf(
        await api.PATCH('/tasks/{id}', {
          params: { path: { id: task.id } },
          body: { status },
          headers: { 'If-Match': `"${task.version}"` },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: TASKS_KEY }),
    onSuccess: () => refreshTimelinesSoon(queryClient),
  });
}
