import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { forgetCsrfToken } from '../../../api/client';
import { forgetAccountData } from '../forget-account-data';
import { ME_KEY } from './useMe';

/** Forgets everything the signed-in user could see; the session guard then shows the sign-in page. */
export function useEndSession() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    forgetCsrfToken();
    forgetAccountData(queryClient);
    queryClient.setQueryData(ME_KEY, null);
  }, [queryClient]);
}
