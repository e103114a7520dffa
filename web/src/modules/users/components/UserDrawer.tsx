import { Avatar, Drawer, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { avatarName } from '../../../ui/format';
import { QueryError } from '../../../ui/QueryError';
import { can } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { RecordHistory } from '../../audit/components/RecordHistory';
import { useTeams } from '../../teams/hooks/useTeams';
import { useUser } from '../hooks/useUser';
import { UserDetailsForm } from './UserDetailsForm';
import { UserStatusBadge } from './UserStatusBadge';

/** A member, opened from the users list at /settings/users/:userId. */
export function UserDrawer() {
  const { userId = '' } = useParams();
  const navigate = useNavigate();
  const me = useSession();
  const user = useUser(userId);
  const teams = useTeams();
  const close = () => navigate('..', { relative: 'path' });

  return (
    <Drawer
      opened
      onClose={close}
      position="right"
      size="lg"
      title={user.data?.user.name ?? 'Member'}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {user.error && <QueryError error={user.error} />}
      {user.isPending && <Loader aria-label="Loading the member" />}
      {user.data && (
        <Stack>
          <Group gap="sm">
            <Avatar
              name={avatarName(user.data.user.name)}
              color="initials"
              size={44}
              radius="xl"
              aria-hidden
            />
            <div>
              <Text size="sm">{user.data.user.email}</Text>
              <UserStatusBadge user={user.data.user} />
            </div>
          </Group>
          <Tabs defaultValue="details">
            <Tabs.List>
              <Tabs.Tab value="details">Details</Tabs.Tab>
              {can(me, 'auditLog') && <Tabs.Tab value="history">History</Tabs.Tab>}
            </Tabs.List>
            <Tabs.Panel value="details" pt="md">
              <UserDetailsForm
                // Keyed by member: a newer version read meanwhile is the form's to follow (useVersionedEdit).
                key={user.data.user.id}
                user={user.data.user}
                etag={user.data.etag}
                readFailedAt={user.errorUpdatedAt || undefined}
                teams={teams.data ?? []}
                canUpdate={can(me, 'users', 'update')}
                isYou={user.data.user.id === me.user.id}
              />
            </Tabs.Panel>
            {can(me, 'auditLog') && (
              <Tabs.Panel value="history" pt="md">
                <RecordHistory recordId={user.data.user.id} />
              </Tabs.Panel>
            )}
          </Tabs>
        </Stack>
      )}
    </Drawer>
  );
}
