import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { Task, TaskStatus } from '../task-types';
import { TASKS_KEY } from './useTasks';

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
    // The "Task done" entry is written by the server's timeline consumer just after the change
    // commits; the events socket says when (shell/live-changes.ts), and the timelines refetch then.
  });
}
