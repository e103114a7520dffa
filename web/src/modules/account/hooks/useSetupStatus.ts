import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

export const SETUP_KEY = ['setup'] as const;

/** Whether this Rapport still needs its first workspace. */
export function useSetupStatus() {
  return useQuery({
    queryKey: SETUP_KEY,
    queryFn: async () => dataOf(await api.GET('/setup')),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
