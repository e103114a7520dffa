import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { BodyOf } from '../../../api/types';

/** Changes your password; your other sessions end, this one stays. */
export function useChangePassword() {
  return useMutation({
    mutationFn: async (body: BodyOf<'changePassword'>) => {
      await api.POST('/me/password', { body });
    },
  });
}
