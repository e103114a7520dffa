import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { BodyOf } from '../../../api/types';
import { consentsKey } from './usePersonConsents';

export type ConsentBody = BodyOf<'recordConsent'>;

/** Appends a grant or a withdrawal to a person's ledger. */
export function useRecordConsent(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: async (body: ConsentBody) =>
      dataOf(await api.POST('/people/{id}/consents', { params: { path: { id: personId } }, body })),
    // Its history entry is derived after the commit; the events socket refreshes the timeline then.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consentsKey(personId) }),
  });
}
