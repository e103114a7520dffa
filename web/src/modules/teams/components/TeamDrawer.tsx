import { Drawer, Loader, Tabs } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { QueryError } from '../../../ui/QueryError';
import { can } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { RecordHistory } from '../../audit/components/RecordHistory';
import { useUserDirectory } from '../../users/hooks/useUserDirectory';
import { useTeam } from '../hooks/useTeam';
import { TeamDetailsForm } from './TeamDetailsForm';

/** A team, opened from the teams list at /settings/teams/:teamId. */
export function TeamDrawer() {
  const { teamId = '' } = useParams();
  const navigate = useNavigate();
  const me = useSession();
  const team = useTeam(teamId);
  const members = useUserDirectory();
  const close = () => navigate('..', { relative: 'path' });

  return (
    <Drawer opened onClose={close} position="right" size="lg" title={team.data?.team.name ?? 'Team'}>
      {team.error && <QueryError error={team.error} />}
      {team.isPending && <Loader aria-label="Loading the team" />}
      {team.data && (
        <Tabs defaultValue="details">
          <Tabs.List>
            <Tabs.Tab value="details">Details</Tabs.Tab>
            {can(me, 'auditLog') && <Tabs.Tab value="history">History</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="details" pt="md">
            <TeamDetailsForm
              // Keyed by team: a newer version read meanwhile is the form's to follow (useVersionedEdit).
              key={team.data.team.id}
              team={team.data.team}
              etag={team.data.etag}
              readFailedAt={team.errorUpdatedAt || undefined}
              members={members.data ?? []}
              canUpdate={can(me, 'teams', 'update')}
              canDelete={can(me, 'teams', 'delete')}
              onDeleted={close}
            />
          </Tabs.Panel>
          {can(me, 'auditLog') && (
            <Tabs.Panel value="history" pt="md">
              <RecordHistory recordId={team.data.team.id} />
            </Tabs.Panel>
          )}
        </Tabs>
      )}
    </Drawer>
  );
}
