import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { uploadAttachments } from '../attachments';
import type { RecordObject } from '../record-types';
import { timelineKey } from './useTimeline';

/** Attaches files to an entry already in the record's history; returns those that failed. */
export function useAttachFiles(object: RecordObject, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ activityId, files }: { activityId: string; files: readonly File[] }) =>
      uploadAttachments(activityId, files),
    onSettled: () => queryClient.invalidateQueries({ queryKey: timelineKey(object, id) }),
  });
}

/** Removes a file from an entry of the record's history. */
export function useRemoveAttachment(object: RecordObject, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (attachmentId: string) => {
      await api.DELETE('/attachments/{id}', { params: { path: { id: attachmentId } } });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: timelineKey(object, id) }),
  });
}
