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
              {/* No count here: the merge's own count includes links no one sees (a duplicate
                  employment folded, a pair's review), and would contradict the review's preview. */}
              <Text size="sm">
                {merge.data.undoneAt ? (
                  <>
                    Kept: <RecordLink objectType={merge.data.objectType} id={merge.data.survivorId} />.
                  </>
                ) : (
                  <>
                    Everything {state?.mergedName ?? 'the other record'} had (history, deals, tickets,
                    orders…) now lives on{' '}
                    <RecordLink objectType={merge.data.objectType} id={merge.data.survivorId} />, merged{' '}
                    {formatDateTime(merge.data.createdAt)}.
                  </>
                )}
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
    <Anchor component={Link} to={recordPath(objectType, id)} fw={500} inherit>
      {record.data?.name ?? (objectType === 'people' ? 'the person' : 'the company')}
    </Anchor>
  );
}
