import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { BodyOf } from '../../../api/types';
import { useEndSession } from './useEndSession';

/** Sets a password from a reset or invitation link; the server ends every session of that account. */
export function useCompletePasswordReset() {
  const endSession = useEndSession();
  return useMutation({
    mutationFn: async (body: BodyOf<'completePasswordReset'>) => {
      await api.POST('/auth/password-resets/complete', { body });
    },
    onSuccess: endSession,
  });
}
