import { Badge, Group } from '@mantine/core';
import type { User } from '../../../api/types';

/** Active or deactivated, and whether they still have to accept their invitation. */
export function UserStatusBadge({ user }: { user: Pick<User, 'status' | 'invitationPending'> }) {
  return (
    <Group gap={4}>
      {user.status === 'active' ? (
        <Badge variant="dot" color="teal" radius="sm">
          Active
        </Badge>
      ) : (
        <Badge variant="dot" color="gray" radius="sm">
          Deactivated
        </Badge>
      )}
      {user.invitationPending && (
        <Badge variant="light" color="yellow" radius="sm">
          Invited
        </Badge>
      )}
    </Group>
  );
}
