import { MutationCache, QueryClient } from '@tanstack/react-query';
import { mayPassOnRetry } from '../api/api-error';
import { setSessionEndedHandler } from '../api/client';
import { forgetAccountData } from '../modules/account/forget-account-data';
import { ME_KEY } from '../modules/account/hooks/useMe';
import { notifyError } from '../ui/notify';

declare module '@tanstack/react-query' {
  interface Register {
    /** `inlineErrors`: the form shows the failure itself, so no notification. */
    mutationMeta: { inlineErrors?: boolean };
  }
}

function shouldRetry(failureCount: number, error: unknown): boolean {
  return mayPassOnRetry(error) && failureCount < 2;
}

export const queryClient = new QueryClient({
  mutationCache: new MutationCache({
    onError: (error, _variables, _context, mutation) => {
      if (!mutation.meta?.inlineErrors) notifyError(error);
    },
  }),
  defaultOptions: {
    queries: { retry: shouldRetry, staleTime: 15_000 },
    mutations: { retry: false },
  },
});

// A 401 on any call means the session ended (signed out elsewhere, expired): forget who was signed in,
// and the session guard shows the sign-in page.
setSessionEndedHandler(() => {
  forgetAccountData(queryClient);
  queryClient.setQueryData(ME_KEY, null);
});
