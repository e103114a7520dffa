import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';

/** Deletes a team; its members stay in the workspace. */
export function useDeleteTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await api.DELETE('/teams/{id}', { params: { path: { id } } });
    },
    onSuccess: async (_result, id) => {
      queryClient.removeQueries({ queryKey: ['teams', 'detail', id] });
      await queryClient.invalidateQueries({ queryKey: ['teams', 'list'] });
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      await queryClient.invalidateQueries({ queryKey: ['audit-log'] });
    },
  });
}
