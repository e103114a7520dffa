import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
import { api, dataOf } from '../../../api/client';
import type { Me } from '../../../api/types';

export const ME_KEY = ['me'] as const;

/** The signed-in user, workspace and role; null when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async (): Promise<Me | null> => {
      try {
        return dataOf(await api.GET('/me'));
      } catch (error) {
        if (isApiError(error) && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}
