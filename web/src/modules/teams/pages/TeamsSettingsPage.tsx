import { Button, EmptyState, Loader, Paper, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useRoutes } from 'react-router';
import { QueryError } from '../../../ui/QueryError';
import { SectionHeader } from '../../../ui/SectionHeader';
import { can } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { useUserDirectory } from '../../users/hooks/useUserDirectory';
import { NewTeamModal } from '../components/NewTeamModal';
import { TeamDrawer } from '../components/TeamDrawer';
import { TeamsTable } from '../components/TeamsTable';
import { useTeams } from '../hooks/useTeams';

export function TeamsSettingsPage() {
  const me = useSession();
  const teams = useTeams();
  const members = useUserDirectory();
  const [creating, { open, close }] = useDisclosure(false);
  const drawer = useRoutes([{ path: ':teamId', element: <TeamDrawer /> }]);
  const newTeamButton = can(me, 'teams', 'create') && (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
      New team
    </Button>
  );

  return (
    <Stack>
      <SectionHeader
        title="Teams"
        description="Groups of members. A role with “team” reach sees the records owned by anyone in the same team."
        actions={newTeamButton}
      />
      {teams.error && <QueryError error={teams.error} onRetry={() => void teams.refetch()} />}
      {teams.isPending && <Loader aria-label="Loading teams" />}
      {teams.data?.length === 0 && (
        <EmptyState
          icon={<IconUsersGroup size={28} aria-hidden />}
          title="No teams yet"
          description="Group members who work together, such as “Inside sales” or “Support EMEA”."
        />
      )}
      {teams.data && teams.data.length > 0 && (
        <Paper withBorder radius="md">
          <TeamsTable teams={teams.data} members={members.data ?? []} />
        </Paper>
      )}
      <NewTeamModal opened={creating} onClose={close} />
      {drawer}
    </Stack>
  );
}
