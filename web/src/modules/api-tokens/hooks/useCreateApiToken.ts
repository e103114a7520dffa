import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { BodyOf } from '../../../api/types';

/** Creates a token; the answer carries its secret, which the API never shows again. */
export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BodyOf<'createApiToken'>) => dataOf(await api.POST('/api-tokens', { body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['api-tokens'] });
      await queryClient.invalidateQueries({ queryKey: ['audit-log'] });
    },
  });
}
