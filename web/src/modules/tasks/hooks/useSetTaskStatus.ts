import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
import { api, dataOf } from '../../../api/client';
import { notifyError, notifyWarning } from '../../../ui/notify';
import type { Task, TaskStatus } from '../task-types';
import { TASKS_KEY } from './useTasks';

/** Completes or reopens a task, as of the version shown (a stale one answers 412). */
export function useSetTaskStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: async ({ task, status }: { task: Task; status: TaskStatus }) =>
      dataOf(
        await api.PATCH('/tasks/{id}', {
          params: { path: { id: task.id } },
          body: { status },
          headers: { 'If-Match': `"${task.version}"` },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: TASKS_KEY }),
    onError: (error, { task }) => {
      if (!(isApiError(error) && error.status === 412)) return notifyError(error);
      // Someone else changed the task (done it, moved it) since the list was read: the list is read
      // again (onSettled), and the user decides again on what it now shows.
      notifyWarning(
        `“${task.title}” changed meanwhile`,
        'Someone else saved this task after your list was read. It now shows the task as it is: tick it again if that still applies.',
      );
    },
    // The "Task done" entry is written by the server's timeline consumer just after the change
    // commits; the events socket says when (shell/live-changes.ts), and the timelines refetch then.
  });
}
