import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

/** Your tokens, or with `everyone` (for those who manage users) the whole workspace's; revoked ones too. */
export function useApiTokens({ everyone }: { everyone: boolean }) {
  return useQuery({
    queryKey: ['api-tokens', { everyone }],
    queryFn: async ({ signal }) =>
      dataOf(
        await api.GET('/api-tokens', {
          params: { query: { includeRevoked: 'true', ...(everyone ? { all: 'true' } : {}) } },
          signal,
        }),
      ).data,
  });
}
