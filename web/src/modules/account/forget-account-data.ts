import type { QueryClient } from '@tanstack/react-query';
import { ME_KEY } from './hooks/useMe';
import { SETUP_KEY } from './hooks/useSetupStatus';

/**
 * Drops every cached answer that belonged to whoever was signed in. The session queries stay: the
 * session guards observe them, and their new value (set right after) tells them where to go.
 */
export function forgetAccountData(queryClient: QueryClient): void {
  const kept = new Set<unknown>([ME_KEY[0], SETUP_KEY[0]]);
  queryClient.removeQueries({ predicate: (query) => !kept.has(query.queryKey[0]) });
}
