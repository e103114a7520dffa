import { EmptyState, Group, Loader, Paper, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconTrash } from '@tabler/icons-react';
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
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const deleted = useDeletedRecords(chosen, q);
  const rows = deleted.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <Stack>
      <SectionHeader
        title="Deleted records"
        description="People and companies deleted here, newest first. Restored, a record comes back with its history, deals, tickets and consents. Records merged into another come back by undoing the merge, under Duplicates."
      />
      <Group align="flex-end">
        {objects.length > 1 && (
          <SegmentedControl
            aria-label="Which records"
            value={chosen}
            onChange={(value) => setChosen(value as TrashObject)}
            data={objects.map((object) => ({ value: object, label: LABELS[object] }))}
          />
        )}
        <TextInput
          aria-label={`Search deleted ${chosen}`}
          placeholder={chosen === 'people' ? 'Name or e-mail' : 'Name or domain'}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          type="search"
          maxLength={200}
          style={{ flex: '0 1 18rem' }}
        />
      </Group>
      {deleted.error && <QueryError error={deleted.error} onRetry={() => void deleted.refetch()} />}
      {deleted.isPending && <Loader aria-label="Loading deleted records" />}
      {deleted.data && rows.length === 0 && (
        <EmptyState
          icon={<IconTrash size={28} aria-hidden />}
          title={q ? `No deleted ${chosen} match “${q}”` : `No deleted ${chosen}`}
          description={
            q
              ? 'Try part of the name, or of the e-mail or domain.'
              : 'What you delete from a list shows here, ready to be restored.'
          }
        />
      )}
      {rows.length > 0 && (
        <Paper withBorder radius="md">
          <DeletedRecordsTable object={chosen} records={rows} searching={q !== ''} />
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
