import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, dataOf } from '../../../api/client';
import { useEndSession } from './useEndSession';

/** Ends every session of the account, this one included. */
export function useSignOutEverywhere() {
  const endSession = useEndSession();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => dataOf(await api.POST('/auth/sign-out-everywhere')),
    onSuccess: () => {
      // Straight to a blank sign-in page: whoever signs in next should not land where this user was.
      navigate('/sign-in', { replace: true });
      endSession();
    },
  });
}
