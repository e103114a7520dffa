import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { useEndSession } from './useEndSession';

export function useSignOut() {
  const endSession = useEndSession();
  return useMutation({
    mutationFn: async () => {
      await api.POST('/auth/sign-out');
    },
    onSuccess: () => {
      endSession();
      // A fresh page: nothing this user saw stays in memory, and whoever signs in next starts at
      // Home, not where this user was (the session guard would remember that page for a lapsed session).
      window.location.assign('/sign-in');
    },
  });
}
