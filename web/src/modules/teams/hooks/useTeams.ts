import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

export const TEAMS_KEY = ['teams'] as const;

/** Every team, by name. */
export function useTeams() {
  return useQuery({
    queryKey: [...TEAMS_KEY, 'list'],
    queryFn: async ({ signal }) => dataOf(await api.GET('/teams', { signal })).data,
  });
}
