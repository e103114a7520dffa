import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { BodyOf } from '../../../api/types';
import { TASKS_KEY } from './useTasks';

export type NewTask = BodyOf<'createTask'>;

/** Adds a task; the form shows what the server refuses, field by field. */
export function useCreateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: async (body: NewTask) => dataOf(await api.POST('/tasks', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TASKS_KEY }),
  });
}
