import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import { TASKS_KEY } from './useTasks';

/** The signed-in member's open tasks, soonest due first: what Home starts the day with. */
export function useMyTasks(limit: number) {
  return useQuery({
    queryKey: [...TASKS_KEY, 'mine', limit],
    queryFn: async ({ signal }) =>
      dataOf(
        await api.GET('/tasks', { params: { query: { assignee: 'me', status: 'open', limit } }, signal }),
      ),
  });
}
