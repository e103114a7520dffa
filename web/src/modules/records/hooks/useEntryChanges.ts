import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../api/client';
import type { Activity, RecordObject } from '../record-types';

export interface EntryCorrection {
  subject?: string | null;
  bodyHtml?: string | null;
  occurredAt?: string;
}

/**
 * Corrects and removes entries of a person's or a company's history, each as of the version shown (a
 * stale one answers 412: someone else changed it meanwhile). Both refetch the history and the
 * overview, whose "Last contact" may have been the entry changed.
 */
export function useEntryChanges(object: RecordObject, recordId: string) {
  const queryClient = useQueryClient();
  const refetch = async () => {
    await queryClient.invalidateQueries({ queryKey: [object, 'timeline', recordId] });
    await queryClient.invalidateQueries({ queryKey: [object, 'overview', recordId] });
  };
  const ifMatch = (entry: Activity) => ({ 'If-Match': `"${entry.version}"` });
  const correct = useMutation({
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
  const remove = useMutation({
    meta: { inlineErrors: true },
    mutationFn: async (entry: Activity) => {
      await api.DELETE('/activities/{id}', { params: { path: { id: entry.id } }, headers: ifMatch(entry) });
    },
    onSettled: refetch,
  });
  return { correct, remove };
}
