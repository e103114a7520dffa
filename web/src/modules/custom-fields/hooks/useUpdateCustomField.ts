import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { BodyOf } from '../../../api/types';

interface CustomFieldChange {
  id: string;
  change: BodyOf<'updateCustomField'>;
}

/** Relabels a field or changes its choices; removing a choice records still use answers 409. */
export function useUpdateCustomField() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, change }: CustomFieldChange) =>
      dataOf(await api.PATCH('/custom-fields/{id}', { params: { path: { id } }, body: change })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['custom-fields'] });
    },
  });
}
