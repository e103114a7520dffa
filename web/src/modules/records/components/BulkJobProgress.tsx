import { Alert, Progress, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isApiError } from '../../../api/api-error';
import { useJobProgress } from '../hooks/useJobProgress';
import type { RecordObject } from '../record-types';

interface BulkJobProgressProps {
  object: RecordObject;
  jobId: string;
  matched: number;
  noun: string;
  onFinished: () => void;
}

/** A bulk action too large to do at once runs as a job: its state, until it is done. */
export function BulkJobProgress({ object, jobId, matched, noun, onFinished }: BulkJobProgressProps) {
  const queryClient = useQueryClient();
  const job = useJobProgress(jobId);
  const state = job.data?.state;
  const hidden = isApiError(job.error) && job.error.status === 403;

  useEffect(() => {
    if (state === 'succeeded' || state === 'dead') void queryClient.invalidateQueries({ queryKey: [object] });
  }, [state, object, queryClient]);

  const done = state === 'succeeded';
  const failed = state === 'dead';
  return (
    <Alert
      color={failed ? 'red' : done ? 'teal' : 'blue'}
      variant="light"
      title={done ? 'Bulk action done' : failed ? 'Bulk action failed' : 'Bulk action running'}
      withCloseButton={done || failed || hidden}
      closeButtonLabel="Dismiss"
      onClose={onFinished}
      role="status"
    >
      <Text size="sm" mb="xs">
        {matched.toLocaleString()} {noun}
        {hidden
          ? ': the work goes on in the background; the list shows each batch as it lands.'
          : done
            ? ' processed.'
            : failed
              ? `: ${job.data?.lastError ?? 'the job stopped.'}`
              : `: ${state === 'queued' ? 'waiting to start' : 'in progress'}, in batches.`}
      </Text>
      {!done && !failed && (
        <Progress value={100} animated striped aria-label="Bulk action progress" size="sm" />
      )}
    </Alert>
  );
}
