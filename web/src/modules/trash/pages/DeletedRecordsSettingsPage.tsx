import { EmptyState, Loader, Paper, SegmentedControl, Stack } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { QueryError } from '../../../ui/QueryError';
import { SectionHeader } from '../../../ui/SectionHeader';
import { can } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { DeletedRecordsTable } from '../components/DeletedRecordsTable';
import { type TrashObject, useDeletedRecords } from '../hooks/useDeletedRecords';

const LABELS: Record<TrashObject, string> = { people: 'People', companies: 'Companies' };

/** Deleted people and companies, each a click from coming back with all that was theirs. */
export function DeletedRecordsSettingsPage() {
  const me = useSession();
  const objects = (['people', 'companies'] as const).filter((object) => can(me, object, 'delete'));
  const [chosen, setChosen] = useState<TrashObject>(objects[0] ?? 'people');
  const deleted = useDeletedRecords(chosen);
  const rows = deleted.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <Stack>
      <SectionHeader
        title="Deleted records"
        description="People and companies deleted here, newest first. Restored, a record comes back with its history, deals, tickets and consents. Records merged into another come back by undoing the merge, under Duplicates."
      />
      {objects.length > 1 && (
        <SegmentedControl
          aria-label="Which records"
          value={chosen}
          onChange={(value) => setChosen(value as TrashObject)}
          data={objects.map((object) => ({ value: object, label: LABELS[object] }))}
          style={{ alignSelf: 'flex-start' }}
        />
      )}
      {deleted.error && <QueryError error={deleted.error} onRetry={() => void deleted.refetch()} />}
      {deleted.isPending && <Loader aria-label="Loading deleted records" />}
      {deleted.data && rows.length === 0 && (
        <EmptyState
          icon={<IconTrash size={28} aria-hidden />}
          title={`No deleted ${chosen}`}
          description="What you delete from a list shows here, ready to be restored."
        />
      )}
      {rows.length > 0 && (
        <Paper withBorder radius="md">
          <DeletedRecordsTable object={chosen} records={rows} />
        </Paper>
      )}
      <LoadMoreButton
        hasMore={deleted.hasNextPage}
        loading={deleted.isFetchingNextPage}
        onLoadMore={() => void deleted.fetchNextPage()}
      />
    </Stack>
  );
}
