import { Loader, Stack } from '@mantine/core';
import { QueryError } from '../../../ui/QueryError';
import { SectionHeader } from '../../../ui/SectionHeader';
import { can } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { WorkspaceForm } from '../components/WorkspaceForm';
import { useWorkspace } from '../hooks/useWorkspace';

export function WorkspaceSettingsPage() {
  const me = useSession();
  const workspace = useWorkspace(me.workspace.id);

  return (
    <Stack maw={720}>
      <SectionHeader
        title="Workspace"
        description="The name everyone sees, and the defaults for new records."
      />
      {workspace.error && <QueryError error={workspace.error} onRetry={() => void workspace.refetch()} />}
      {workspace.isPending && <Loader aria-label="Loading the workspace" />}
      {workspace.data && (
        // Keyed by workspace: a newer version read meanwhile is the form's to follow (useVersionedEdit).
        <WorkspaceForm
          key={workspace.data.workspace.id}
          workspace={workspace.data.workspace}
          etag={workspace.data.etag}
          readFailedAt={workspace.errorUpdatedAt || undefined}
          canEdit={can(me, 'settings', 'update')}
        />
      )}
    </Stack>
  );
}
