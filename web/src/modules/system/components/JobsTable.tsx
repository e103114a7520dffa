import { Button, Code, Table, Text, Tooltip } from '@mantine/core';
import { IconRotateClockwise } from '@tabler/icons-react';
import type { Job } from '../../../api/types';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { useRetryJob } from '../hooks/useRetryJob';
import { JobStateBadge } from './JobStateBadge';

interface JobsTableProps {
  jobs: readonly Job[];
  canRetry: boolean;
}

export function JobsTable({ jobs, canRetry }: JobsTableProps) {
  const retryJob = useRetryJob();

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Background jobs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Job</Table.Th>
            <Table.Th scope="col">State</Table.Th>
            <Table.Th scope="col">Attempts</Table.Th>
            <Table.Th scope="col">Created</Table.Th>
            <Table.Th scope="col">Last error</Table.Th>
            <Table.Th scope="col">Action</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((job) => (
            <Table.Tr key={job.id}>
              <Table.Td>
                <Code>{job.kind}</Code>
                <Text size="xs" c="dimmed">
                  #{job.id}
                </Text>
              </Table.Td>
              <Table.Td>
                <JobStateBadge state={job.state} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {job.attempts} of {job.maxAttempts}
                </Text>
              </Table.Td>
              <Table.Td>
                <Tooltip label={formatDateTime(job.createdAt)} withArrow>
                  <Text size="sm" component="time" dateTime={job.createdAt}>
                    {formatRelative(job.createdAt)}
                  </Text>
                </Tooltip>
              </Table.Td>
              <Table.Td maw={280}>
                <Text
                  size="sm"
                  c={job.lastError ? 'red' : 'dimmed'}
                  lineClamp={2}
                  title={job.lastError ?? undefined}
                >
                  {job.lastError ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                {job.state === 'dead' && canRetry && (
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconRotateClockwise size={14} aria-hidden />}
                    loading={retryJob.isPending && retryJob.variables === job.id}
                    onClick={() => retryJob.mutate(job.id)}
                    aria-label={`Retry job ${job.id}`}
                  >
                    Retry
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
