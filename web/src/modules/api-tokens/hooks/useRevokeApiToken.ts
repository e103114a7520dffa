import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';

/** Revokes a token at once; it stays listed as revoked. */
export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await api.DELETE('/api-tokens/{id}', { params: { path: { id } } });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['api-tokens'] });
      await queryClient.invalidateQueries({ queryKey: ['audit-log'] });
    },
  });
}
