import { Alert, Anchor, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconPlayerStop } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { formatDateTime } from '../../../ui/format';
import { recordListUrl } from '../../records/list-url';
import { useCancelImport } from '../hooks/useCancelImport';
import { FINISHED, type ImportJob, OBJECT_LABELS, RUNNING } from '../import-types';
import { ImportCounts } from './ImportCounts';

/** The list of what the import created or updated: the list filtered on its number. */
const importedListUrl = (job: ImportJob) =>
  recordListUrl(job.object, { filter: { field: 'importNumber', op: 'eq', value: job.number } });

/** A long label wraps on a phone instead of being cut ("Download 2 rejected rows with re"). */
const WRAPPING_BUTTON = {
  root: { height: 'auto', minHeight: 'var(--button-height)', paddingBlock: 6 },
  label: { whiteSpace: 'normal', height: 'auto', overflow: 'visible' },
} as const;

/**
 * A started import: its live progress, its counts, and at the end the rejected rows to download.
 * Cancel is offered to `mayCancel`: the server lets only a role that may import cancel one.
 */
export function ImportRun({ job, mayCancel }: { job: ImportJob; mayCancel: boolean }) {
  const cancelImport = useCancelImport(job.id);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const percent = Math.round(job.progress * 100);
  const running = RUNNING.has(job.status);

  return (
    <Paper withBorder radius="md" p="md">
      <Stack>
        <Title order={2} size="h4">
          {running ? 'Importing…' : job.status === 'completed' ? 'Import done' : 'Import stopped'}
        </Title>
        <Stack gap={4}>
          <Progress
            value={percent}
            aria-label="Import progress"
            animated={running}
            color={job.status === 'completed' ? 'teal' : job.status === 'failed' ? 'red' : undefined}
            size="lg"
          />
          <Text size="sm" c="dimmed" aria-live="polite">
            {job.status === 'queued'
              ? 'Waiting for its turn…'
              : `${job.counts.read.toLocaleString()} ${job.counts.read === 1 ? 'row' : 'rows'} done · ${percent}%`}
            {job.finishedAt && ` · finished ${formatDateTime(job.finishedAt)}`}
          </Text>
        </Stack>
        <ImportCounts job={job} />
        {job.status === 'failed' && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="The import failed">
            {job.error ?? 'It stopped on an error; the rows written before it stay.'}
          </Alert>
        )}
        {job.status === 'cancelled' && (
          <Text size="sm">Cancelled. The rows written before it stopped stay in Rapport.</Text>
        )}
        {FINISHED.has(job.status) && job.counts.created + job.counts.updated > 0 && (
          <Text size="sm">
            {OBJECT_LABELS[job.object].plural} from this file carry “import {job.number}” in their history.{' '}
            <Anchor component={Link} to={importedListUrl(job)}>
              Open {OBJECT_LABELS[job.object].plural.toLowerCase()}
            </Anchor>
          </Text>
        )}
        {job.status === 'completed' && job.counts.created + job.counts.updated > 0 && (
          <Text size="sm">
            Rapport is looking for duplicates among them; pairs to review will be under{' '}
            <Anchor component={Link} to="/duplicates">
              Duplicates
            </Anchor>
            .
          </Text>
        )}
        <Group justify="flex-end">
          {running && mayCancel && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconPlayerStop size={16} aria-hidden />}
              onClick={() => setConfirmingCancel(true)}
            >
              Cancel import
            </Button>
          )}
          {FINISHED.has(job.status) && job.counts.rejected > 0 && (
            <Button
              component="a"
              href={`/api/v1/imports/${job.id}/rejected`}
              download
              variant="light"
              leftSection={<IconDownload size={16} aria-hidden />}
              styles={WRAPPING_BUTTON}
            >
              Download {job.counts.rejected.toLocaleString()} rejected{' '}
              {job.counts.rejected === 1 ? 'row' : 'rows'} with reasons
            </Button>
          )}
        </Group>
      </Stack>
      <ConfirmModal
        opened={confirmingCancel}
        title="Cancel this import?"
        confirmLabel="Cancel import"
        loading={cancelImport.isPending}
        onClose={() => setConfirmingCancel(false)}
        onConfirm={() => cancelImport.mutate(undefined, { onSuccess: () => setConfirmingCancel(false) })}
      >
        It stops after the batch in progress. Rows already written stay; the rest of the file is not read.
      </ConfirmModal>
    </Paper>
  );
}
