import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { BodyOf } from '../../../api/types';

export function useCreateCustomField() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BodyOf<'createCustomField'>) =>
      dataOf(await api.POST('/custom-fields', { body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['custom-fields'] });
    },
  });
}
