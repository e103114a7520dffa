import { useMutation } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { BodyOf } from '../../../api/types';

/** Creates another workspace with you as its admin (switch to it with useSwitchWorkspace). */
export function useCreateWorkspace() {
  return useMutation({
    mutationFn: async (body: BodyOf<'createWorkspace'>) => dataOf(await api.POST('/workspaces', { body })),
  });
}
