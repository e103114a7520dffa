import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';

/** Deletes an archived field; its values leave every record in a background job. */
export function usePurgeCustomField() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await api.DELETE('/custom-fields/{id}', { params: { path: { id } } });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['custom-fields'] });
      await queryClient.invalidateQueries({ queryKey: ['jobs'] });
    },
  });
}
