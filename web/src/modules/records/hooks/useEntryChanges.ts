import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { Activity, RecordObject } from '../record-types';

export interface EntryCorrection {
  subject?: string | null;
  bodyHtml?: string | null;
  occurredAt?: string;
}

// Each change is made as of the version shown (a stale one answers 412: someone else changed the entry
// meanwhile), and refetches the history and the overview, whose "Last contact" may have been the entry.
const ifMatch = (entry: Activity) => ({ 'If-Match': `"${entry.version}"` });

function useRefetchHistory(object: RecordObject, recordId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: [object, 'timeline', recordId] });
    await queryClient.invalidateQueries({ queryKey: [object, 'overview', recordId] });
  };
}

/** Corrects an entry of a person's or a company's history. */
export function useCorrectEntry(object: RecordObject, recordId: string) {
  const refetch = useRefetchHistory(object, recordId);
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: async ({ entry, change }: { entry: Activity; change: EntryCorrection }) =>
      dataOf(
        await api.PATCH('/activities/{id}', {
          params: { path: { id: entry.id } },
          body: change,
          headers: ifMatch(entry),
        }),
      ),
    onSettled: refetch,
  });
}

/** Deletes an entry of a person's or a company's history. */
export function useRemoveEntry(object: RecordObject, recordId: string) {
  const refetch = useRefetchHistory(object, recordId);
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: async (entry: Activity) => {
      await api.DELETE('/activities/{id}', { params: { path: { id: entry.id } }, headers: ifMatch(entry) });
    },
    onSettled: refetch,
  });
}
