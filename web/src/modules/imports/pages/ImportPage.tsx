import { Alert, Anchor, Breadcrumbs, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useNavigate, useParams } from 'react-router';
import { formatBytes } from '../../../ui/format';
import { QueryError } from '../../../ui/QueryError';
import { useSession } from '../../account/hooks/useSession';
import { DiscardImportButton } from '../components/DiscardImportButton';
import { ImportReading } from '../components/ImportReading';
import { ImportRun } from '../components/ImportRun';
import { ImportSetup } from '../components/ImportSetup';
import { ImportStatusBadge } from '../components/ImportStatusBadge';
import { RejectedRows } from '../components/RejectedRows';
import { RetryLinks } from '../components/RetryLinks';
import { UnplacedParents } from '../components/UnplacedParents';
import { useImport } from '../hooks/useImport';
import { FINISHED, NOT_STARTED, OBJECT_LABELS } from '../import-types';
import { mayImport } from '../may-import';

/** One import at /imports/:importId: mapping while uploaded, then progress and the outcome. */
export function ImportPage() {
  const { importId = '' } = useParams();
  const job = useImport(importId);
  const navigate = useNavigate();
  // A role that only reads (a viewer) follows imports: it neither sets one up, cancels nor discards it.
  const importer = mayImport(useSession());
  useDocumentTitle(job.data ? `Import ${job.data.number} · Rapport` : 'Import · Rapport');

  return (
    <Stack maw={1100}>
      <Breadcrumbs>
        <Anchor component={Link} to="/imports" size="sm">
          Import
        </Anchor>
        <Text size="sm">{job.data ? `Import ${job.data.number}` : '…'}</Text>
      </Breadcrumbs>
      {job.error && <QueryError error={job.error} onRetry={() => void job.refetch()} />}
      {job.isPending && <Loader aria-label="Loading the import" />}
      {job.data && (
        <>
          <Stack gap={4}>
            <Group gap="sm" wrap="wrap">
              <Title order={1} style={{ overflowWrap: 'anywhere' }}>
                {job.data.filename ?? `Import ${job.data.number}`}
              </Title>
              <ImportStatusBadge status={job.data.status} />
              {importer && NOT_STARTED.has(job.data.status) && (
                <DiscardImportButton job={job.data} onDiscarded={() => void navigate('/imports')} />
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {OBJECT_LABELS[job.data.object].plural}
              {job.data.size !== null && ` · ${formatBytes(job.data.size)}`}
              {job.data.encoding && ` · ${job.data.encoding}`}
            </Text>
            <RetryLinks job={job.data} />
          </Stack>
          {job.data.status === 'awaiting_upload' && (
            <Alert color="yellow" variant="light" title="The file did not finish uploading">
              {importer && (
                <>
                  <Anchor component={Link} to="/imports">
                    Start a new import
                  </Anchor>{' '}
                  and choose the file again.
                </>
              )}
            </Alert>
          )}
          {job.data.status === 'uploaded' &&
            (importer ? (
              <ImportSetup job={job.data} />
            ) : (
              <Text size="sm">
                Uploaded: whoever imports it checks how its columns are read, then starts it.
              </Text>
            ))}
          {job.data.status !== 'awaiting_upload' && job.data.status !== 'uploaded' && (
            <>
              <ImportRun job={job.data} mayCancel={importer} />
              <ImportReading job={job.data} />
            </>
          )}
          {FINISHED.has(job.data.status) && job.data.counts.rejected > 0 && (
            <RejectedRows key={job.data.id} job={job.data} mayFix={importer} />
          )}
          {job.data.parents.unplaced > 0 && <UnplacedParents key={job.data.id} job={job.data} />}
        </>
      )}
    </Stack>
  );
}
