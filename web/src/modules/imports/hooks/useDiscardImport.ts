import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { importKey } from './useImport';

/** Removes an import that never started, and its uploaded file: it leaves no history. */
export function useDiscardImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.DELETE('/imports/{id}', { params: { path: { id } } });
    },
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: importKey(id) });
      await queryClient.invalidateQueries({ queryKey: ['imports', 'list'] });
    },
  });
}
