import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { CustomField } from '../custom-field-types';

/**
 * Deletes an archived field. The API answers at once and a background job removes its values, then
 * the field itself; the lists drop it now rather than show it until that job has run.
 */
export function usePurgeCustomField() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await api.DELETE('/custom-fields/{id}', { params: { path: { id } } });
    },
    onSuccess: async (_nothing, id) => {
      queryClient.setQueriesData<CustomField[]>({ queryKey: ['custom-fields'] }, (fields) =>
        fields?.filter((field) => field.id !== id),
      );
      await queryClient.invalidateQueries({ queryKey: ['jobs'] });
    },
  });
}
