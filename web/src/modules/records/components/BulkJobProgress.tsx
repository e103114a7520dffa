import { Alert, Progress, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useBulkJob } from '../hooks/useBulkJob';
import type { RecordObject } from '../record-types';

interface BulkJobProgressProps {
  object: RecordObject;
  jobId: string;
  /** What the action matched when it was asked for, until the job has counted its total. */
  matched: number;
  noun: string;
  onFinished: () => void;
}

const count = (n: number) => n.toLocaleString();

/** A bulk action too large to do at once runs as a job: how far it has come, until it is done. */
export function BulkJobProgress({ object, jobId, matched, noun, onFinished }: BulkJobProgressProps) {
  const queryClient = useQueryClient();
  const job = useBulkJob(jobId);
  const state = job.data?.state;

  useEffect(() => {
    if (state === 'succeeded' || state === 'dead') void queryClient.invalidateQueries({ queryKey: [object] });
  }, [state, object, queryClient]);

  const done = state === 'succeeded';
  const failed = state === 'dead';
  const lost = job.isError;
  return (
    <Alert
      color={failed ? 'red' : done ? 'teal' : 'blue'}
      variant="light"
      title={done ? 'Bulk action done' : failed ? 'Bulk action failed' : 'Bulk action running'}
      withCloseButton={done || failed || lost}
      closeButtonLabel="Dismiss"
      onClose={onFinished}
      role="status"
    >
      <Text size="sm" mb="xs">
        {lost
          ? `${count(matched)} ${noun}: the work goes on in the background; the list shows each batch as it lands.`
          : progressText(job.data, matched, noun)}
      </Text>
      {!done && !failed && <Bar job={job.data} />}
    </Alert>
  );
}

type BulkJob = NonNullable<ReturnType<typeof useBulkJob>['data']>;

function progressText(job: BulkJob | undefined, matched: number, noun: string): string {
  const error = job?.lastError ?? 'the job stopped.';
  if (!job || job.total === null) {
    if (job?.state === 'dead') return `${count(matched)} ${noun}: stopped before it began: ${error}`;
    return `${count(matched)} ${noun}: ${job?.state === 'running' ? 'starting' : 'waiting to start'}, in batches.`;
  }
  const ofTotal = `${count(job.processed)} of ${count(job.total)} ${noun}`;
  const denied = job.denied > 0 ? `; ${count(job.denied)} left alone, which your role may not change` : '';
  if (job.state === 'succeeded') return `${ofTotal} processed: ${count(job.changed)} changed${denied}.`;
  if (job.state === 'dead') return `Stopped after ${ofTotal}: ${error}`;
  return `${ofTotal} processed so far, in batches${denied}.`;
}

function Bar({ job }: { job: BulkJob | undefined }) {
  if (!job || job.total === null) {
    return <Progress value={100} animated striped aria-label="Bulk action progress" size="sm" />;
  }
  const percent = job.total === 0 ? 100 : Math.min(100, (job.processed / job.total) * 100);
  return <Progress value={percent} aria-label="Bulk action progress" size="sm" />;
}
