import { Button, EmptyState, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCopy, IconScan } from '@tabler/icons-react';
import { useState } from 'react';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { notifySuccess } from '../../../ui/notify';
import { QueryError } from '../../../ui/QueryError';
import { can } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { CandidateCard } from '../components/CandidateCard';
import { type DuplicateObject, type DuplicateStatus, OBJECT_OPTIONS } from '../duplicate-types';
import { useDuplicates } from '../hooks/useDuplicates';
import { useScanDuplicates } from '../hooks/useScanDuplicates';
import { useSetDuplicateStatus } from '../hooks/useSetDuplicateStatus';
import { useUndoMerge } from '../hooks/useUndoMerge';

const STATUS_OPTIONS: { value: DuplicateStatus; label: string }[] = [
  { value: 'open', label: 'To review' },
  { value: 'dismissed', label: 'Dismissed' },
  { value: 'merged', label: 'Merged' },
];

export function DuplicatesPage() {
  useDocumentTitle('Duplicates · Rapport');
  const me = useSession();
  const [objectType, setObjectType] = useState<DuplicateObject>('people');
  const [status, setStatus] = useState<DuplicateStatus>('open');
  const candidates = useDuplicates(objectType, status);
  const scan = useScanDuplicates();
  const setCandidateStatus = useSetDuplicateStatus();
  const undoMerge = useUndoMerge();
  const rows = candidates.data?.pages.flatMap((page) => page.data) ?? [];
  const mayChange = can(me, 'people', 'update');

  return (
    <Stack maw={1000}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 20rem' }}>
          <Title order={1}>Duplicates</Title>
          <Text c="dimmed" size="sm">
            Records that look like the same person or company: the same e-mail, phone or domain, or a similar
            name at the same company. Merging keeps the history of both, and can be undone.
          </Text>
        </Stack>
        {mayChange && (
          <Button
            leftSection={<IconScan size={16} aria-hidden />}
            loading={scan.isPending}
            onClick={() =>
              scan.mutate(objectType, {
                onSuccess: (result) =>
                  notifySuccess(
                    'found' in result
                      ? `Scan done: ${result.found} new or changed ${result.found === 1 ? 'pair' : 'pairs'}.`
                      : 'Scanning in the background; pairs appear here as they are found.',
                  ),
              })
            }
          >
            Scan now
          </Button>
        )}
      </Group>
      <Group gap="sm" wrap="wrap">
        <SegmentedControl
          aria-label="Kind of record"
          data={OBJECT_OPTIONS}
          value={objectType}
          onChange={(next) => setObjectType(next as DuplicateObject)}
        />
        <SegmentedControl
          aria-label="Status"
          data={STATUS_OPTIONS}
          value={status}
          onChange={(next) => setStatus(next as DuplicateStatus)}
        />
      </Group>
      {candidates.error && <QueryError error={candidates.error} onRetry={() => void candidates.refetch()} />}
      {candidates.isPending && <Loader aria-label="Loading duplicates" />}
      {candidates.isSuccess && rows.length === 0 && (
        <EmptyState
          icon={<IconCopy size={28} aria-hidden />}
          title={status === 'open' ? 'Nothing to review' : 'None yet'}
          description={
            status === 'open'
              ? `Imports are checked as they finish, other new records once a day.${mayChange ? ' Scan now to check everything at once.' : ''}`
              : undefined
          }
        />
      )}
      {rows.length > 0 && (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label="Possible duplicates"
        >
          {rows.map((candidate) => (
            <CandidateCard
              key={candidate.id}
              candidate={candidate}
              mayChange={mayChange}
              busy={
                (setCandidateStatus.isPending && setCandidateStatus.variables?.id === candidate.id) ||
                (undoMerge.isPending && undoMerge.variables === candidate.merge?.id)
              }
              onDismiss={(pair, dismissed) =>
                setCandidateStatus.mutate(
                  { id: pair.id, dismissed },
                  {
                    onSuccess: () =>
                      notifySuccess(dismissed ? 'Dismissed: not suggested again.' : 'Suggested again.'),
                  },
                )
              }
              onUndoMerge={(mergeId) =>
                undoMerge.mutate(mergeId, {
                  onSuccess: () => notifySuccess('Merge undone: both records are back, to review again.'),
                })
              }
            />
          ))}
        </Stack>
      )}
      <LoadMoreButton
        hasMore={candidates.hasNextPage}
        loading={candidates.isFetchingNextPage}
        onLoadMore={() => void candidates.fetchNextPage()}
      />
    </Stack>
  );
}
