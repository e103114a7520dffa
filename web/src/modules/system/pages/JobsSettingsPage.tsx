import { EmptyState, Loader, Paper, Select, Stack } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { JobState } from '../../../api/types';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { QueryError } from '../../../ui/QueryError';
import { SectionHeader } from '../../../ui/SectionHeader';
import { can } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { JobsTable } from '../components/JobsTable';
import { useJobs } from '../hooks/useJobs';

const STATE_OPTIONS: { value: JobState; label: string }[] = [
  { value: 'dead', label: 'Dead letters' },
  { value: 'queued', label: 'Queued' },
  { value: 'running', label: 'Running' },
  { value: 'succeeded', label: 'Succeeded' },
];

export function JobsSettingsPage() {
  const me = useSession();
  const [state, setState] = useState<JobState | null>(null);
  const jobs = useJobs(state);
  const rows = jobs.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <Stack>
      <SectionHeader
        title="Jobs"
        description="Work that runs in the background: imports, e-mail, webhooks. A job that keeps failing becomes a dead letter; fix the cause, then retry it."
      />
      <Select
        label="State"
        placeholder="Any state"
        data={STATE_OPTIONS}
        value={state}
        onChange={(next) => setState(next as JobState | null)}
        clearable
        w={{ base: '100%', xs: 220 }}
      />
      {jobs.error && <QueryError error={jobs.error} onRetry={() => void jobs.refetch()} />}
      {jobs.isPending && <Loader aria-label="Loading jobs" />}
      {jobs.isSuccess && rows.length === 0 && (
        <EmptyState
          icon={<IconListCheck size={28} aria-hidden />}
          title={state === 'dead' ? 'No dead letters' : 'No jobs'}
          description={state === 'dead' ? 'Every job finished or is still trying.' : 'Nothing has run yet.'}
        />
      )}
      {rows.length > 0 && (
        <Paper withBorder radius="md">
          <JobsTable jobs={rows} canRetry={can(me, 'settings', 'update')} />
        </Paper>
      )}
      <LoadMoreButton
        hasMore={jobs.hasNextPage}
        loading={jobs.isFetchingNextPage}
        onLoadMore={() => void jobs.fetchNextPage()}
      />
    </Stack>
  );
}
