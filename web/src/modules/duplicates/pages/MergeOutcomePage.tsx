import { Alert, Anchor, Breadcrumbs, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowBackUp } from '@tabler/icons-react';
import { Link, useLocation, useParams } from 'react-router';
import { formatDateTime } from '../../../ui/format';
import { notifySuccess } from '../../../ui/notify';
import { QueryError } from '../../../ui/QueryError';
import { can } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { recordPath } from '../duplicate-types';
import { useDuplicateRecord } from '../hooks/useDuplicateRecord';
import { useMerge } from '../hooks/useMerge';
import { useUndoMerge } from '../hooks/useUndoMerge';

/** /duplicates/merges/:mergeId: what a merge did, a link to the record kept, and Undo. */
export function MergeOutcomePage() {
  useDocumentTitle('Merge · Rapport');
  const { mergeId = '' } = useParams();
  const { state } = useLocation() as { state: { mergedName?: string } | null };
  const merge = useMerge(mergeId);
  const undo = useUndoMerge();
  // The route's own test (duplicates.routes.ts); the server still checks the record kept.
  const mayUndo = can(useSession(), 'people', 'update');

  return (
    <Stack maw={800}>
      <Breadcrumbs>
        <Anchor component={Link} to="/duplicates" size="sm">
          Duplicates
        </Anchor>
        <Text size="sm">Merge</Text>
      </Breadcrumbs>
      {merge.error && <QueryError error={merge.error} />}
      {merge.isPending && <Loader aria-label="Loading the merge" />}
      {merge.data && (
        <>
          <Title order={1}>{merge.data.undoneAt ? 'Merge undone' : 'Merged'}</Title>
          <Paper withBorder radius="md" p="md">
            <Stack>
              <Text size="sm">
                {merge.data.undoneAt ? 'Kept: ' : 'Everything now lives on '}
                <RecordLink objectType={merge.data.objectType} id={merge.data.survivorId} />
                {merge.data.undoneAt ? '' : `, merged ${formatDateTime(merge.data.createdAt)}`}.{' '}
                {merge.data.moved} linked {merge.data.moved === 1 ? 'item' : 'items'} (history, deals,
                tickets, orders…) moved over from {state?.mergedName ?? 'the other record'}.
              </Text>
              {merge.data.undoneAt ? (
                <Alert color="teal" variant="light" title="Both records are back">
                  Undone {formatDateTime(merge.data.undoneAt)}. The other record is again{' '}
                  <RecordLink objectType={merge.data.objectType} id={merge.data.mergedId} />, with what was
                  moved from it.
                </Alert>
              ) : (
                mayUndo && (
                  <Group>
                    <Button
                      variant="default"
                      leftSection={<IconArrowBackUp size={16} aria-hidden />}
                      loading={undo.isPending}
                      onClick={() =>
                        undo.mutate(mergeId, {
                          onSuccess: () => notifySuccess('Merge undone: both records are back.'),
                        })
                      }
                    >
                      Undo merge
                    </Button>
                  </Group>
                )
              )}
            </Stack>
          </Paper>
          <Anchor component={Link} to="/duplicates" size="sm">
            Back to duplicates
          </Anchor>
        </>
      )}
    </Stack>
  );
}

function RecordLink({ objectType, id }: { objectType: 'people' | 'companies'; id: string }) {
  const record = useDuplicateRecord(objectType, id);
  return (
    <Anchor component={Link} to={recordPath(objectType, id)} fw={500}>
      {record.data?.name ?? (objectType === 'people' ? 'the person' : 'the company')}
    </Anchor>
  );
}
