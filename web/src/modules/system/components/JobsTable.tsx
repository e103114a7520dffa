import { Box, Button, Code, Table, Text, Tooltip } from '@mantine/core';
import { IconRotateClockwise } from '@tabler/icons-react';
import type { Job } from '../../../api/types';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { useNarrowerThan } from '../../../ui/useNarrowerThan';
import { useRetryJob } from '../hooks/useRetryJob';
import { JobStateBadge } from './JobStateBadge';

interface JobsTableProps {
  jobs: readonly Job[];
  canRetry: boolean;
}

/**
 * Background jobs, newest first. In a narrow box a job's attempts, age and last error go under its kind,
 * and Retry under its state, so nothing scrolls sideways.
 */
export function JobsTable({ jobs, canRetry }: JobsTableProps) {
  const [box, compact] = useNarrowerThan<HTMLDivElement>(760);

  return (
    <Table.ScrollContainer ref={box} minWidth={0}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Background jobs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Job</Table.Th>
            <Table.Th scope="col">State</Table.Th>
            {!compact && (
              <>
                <Table.Th scope="col">Attempts</Table.Th>
                <Table.Th scope="col">Created</Table.Th>
                <Table.Th scope="col">Last error</Table.Th>
                <Table.Th scope="col">Action</Table.Th>
              </>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((job) => (
            <Table.Tr key={job.id} style={compact ? { verticalAlign: 'top' } : undefined}>
              <Table.Td w={compact ? '100%' : undefined} style={{ overflowWrap: 'anywhere' }}>
                <Code>{job.kind}</Code>
                {compact ? (
                  <>
                    <Text size="xs" c="dimmed">
                      #{job.id} · {job.attempts} of {job.maxAttempts} attempts · <Created job={job} />
                    </Text>
                    {job.lastError && <LastError error={job.lastError} />}
                  </>
                ) : (
                  <Text size="xs" c="dimmed">
                    #{job.id}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <JobStateBadge state={job.state} />
                {compact && job.state === 'dead' && canRetry && (
                  <Box mt={6}>
                    <RetryButton job={job} />
                  </Box>
                )}
              </Table.Td>
              {!compact && (
                <>
                  <Table.Td>
                    <Text size="sm">
                      {job.attempts} of {job.maxAttempts}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      <Created job={job} />
                    </Text>
                  </Table.Td>
                  <Table.Td maw={280}>
                    {job.lastError ? (
                      <LastError error={job.lastError} />
                    ) : (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{job.state === 'dead' && canRetry && <RetryButton job={job} />}</Table.Td>
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Created({ job }: { job: Job }) {
  return (
    <Tooltip label={formatDateTime(job.createdAt)} withArrow>
      <Text span inherit component="time" dateTime={job.createdAt}>
        {formatRelative(job.createdAt)}
      </Text>
    </Tooltip>
  );
}

function LastError({ error }: { error: string }) {
  return (
    <Text size="sm" c="red" lineClamp={2} title={error}>
      {error}
    </Text>
  );
}

function RetryButton({ job }: { job: Job }) {
  const retryJob = useRetryJob();
  return (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconRotateClockwise size={14} aria-hidden />}
      loading={retryJob.isPending}
      onClick={() => retryJob.mutate(job.id)}
      aria-label={`Retry job ${job.id}`}
    >
      Retry
    </Button>
  );
}
