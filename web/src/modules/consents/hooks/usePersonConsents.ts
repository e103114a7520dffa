import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';

export const consentsKey = (personId: string) => ['people', 'consents', personId] as const;

/** A person's consents: the current state per purpose and channel, and the ledger, newest first. */
export function usePersonConsents(personId: string) {
  return useQuery({
    queryKey: consentsKey(personId),
    queryFn: async ({ signal }) =>
      dataOf(await api.GET('/people/{id}/consents', { params: { path: { id: personId } }, signal })),
  });
}
