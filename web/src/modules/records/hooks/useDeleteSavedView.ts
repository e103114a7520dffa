import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { RecordObject } from '../record-types';
import { savedViewsKey } from './useSavedViews';

/** Deletes a view (its owner, or an admin). */
export function useDeleteSavedView(objectType: RecordObject) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await api.DELETE('/saved-views/{id}', { params: { path: { id } } });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: savedViewsKey(objectType) });
    },
  });
}
