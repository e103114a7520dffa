import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { BodyOf } from '../../../api/types';
import { timelineKey } from '../../records/hooks/useTimeline';
import { consentsKey } from './usePersonConsents';

export type ConsentBody = BodyOf<'recordConsent'>;

/** Appends a grant or a withdrawal to a person's ledger. */
export function useRecordConsent(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: async (body: ConsentBody) =>
      dataOf(await api.POST('/people/{id}/consents', { params: { path: { id: personId } }, body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: consentsKey(personId) });
      await queryClient.invalidateQueries({ queryKey: timelineKey('people', personId) });
    },
  });
}
