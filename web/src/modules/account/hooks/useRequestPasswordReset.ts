import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { BodyOf } from '../../../api/types';

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: async (body: BodyOf<'requestPasswordReset'>) => {
      await api.POST('/auth/password-resets', { body });
    },
  });
}
