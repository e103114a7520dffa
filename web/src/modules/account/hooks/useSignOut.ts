import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../../api/client';
import { useEndSession } from './useEndSession';

export function useSignOut() {
  const endSession = useEndSession();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      await api.POST('/auth/sign-out');
    },
    onSuccess: () => {
      // Straight to a blank sign-in page: whoever signs in next should not land where this user was.
      navigate('/sign-in', { replace: true });
      endSession();
    },
  });
}
