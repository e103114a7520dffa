import { Anchor, Avatar, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Team, User } from '../../../api/types';
import { avatarName, formatDate } from '../../../ui/format';
import { useNarrowerThan } from '../../../ui/useNarrowerThan';
import { RoleBadge } from '../../access/components/RoleBadge';
import { UserStatusBadge } from './UserStatusBadge';

interface UsersTableProps {
  users: readonly User[];
  teams: readonly Team[];
}

/**
 * The workspace's members. In a narrow box (a phone, Settings on a tablet) role, status and teams go
 * under the name, in sight at 390 px.
 */
export function UsersTable({ users, teams }: UsersTableProps) {
  const teamName = (id: string) => teams.find((team) => team.id === id)?.name;
  const [box, compact] = useNarrowerThan<HTMLDivElement>(740);

  return (
    <Table.ScrollContainer ref={box} minWidth={0}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Members">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            {!compact && (
              <>
                <Table.Th scope="col">Role</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Teams</Table.Th>
                <Table.Th scope="col">Added</Table.Th>
              </>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <Avatar name={avatarName(user.name)} color="initials" size={34} radius="xl" aria-hidden />
                  <div style={{ minWidth: 0 }}>
                    <Anchor component={Link} to={user.id} fw={500} size="sm" c="var(--mantine-color-text)">
                      {user.name}
                    </Anchor>
                    {/* Narrow, a long address wraps rather than widen the only column; wide, it is cut (whole
                        in its title) to leave the other columns their room. */}
                    <Text
                      size="xs"
                      c="dimmed"
                      {...(compact
                        ? { style: { overflowWrap: 'anywhere' } }
                        : { truncate: 'end' as const, maw: 240, title: user.email })}
                    >
                      {user.email}
                    </Text>
                    {compact && (
                      <Group gap={6} mt={6}>
                        <RoleBadge role={user.role} />
                        <UserStatusBadge user={user} />
                        {user.teamIds.length > 0 && <TeamBadges ids={user.teamIds} teamName={teamName} />}
                      </Group>
                    )}
                  </div>
                </Group>
              </Table.Td>
              {!compact && (
                <>
                  <Table.Td>
                    <RoleBadge role={user.role} />
                  </Table.Td>
                  <Table.Td>
                    <UserStatusBadge user={user} />
                  </Table.Td>
                  <Table.Td>
                    <TeamBadges ids={user.teamIds} teamName={teamName} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {formatDate(user.createdAt)}
                    </Text>
                  </Table.Td>
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function TeamBadges({
  ids,
  teamName,
}: {
  ids: readonly string[];
  teamName: (id: string) => string | undefined;
}) {
  return (
    <Group gap={4}>
      {ids.length === 0 && (
        <Text size="sm" c="dimmed">
          —
        </Text>
      )}
      {ids.map((id) => (
        <Badge key={id} variant="outline" color="gray" radius="sm" tt="none">
          {teamName(id) ?? 'Team'}
        </Badge>
      ))}
    </Group>
  );
}
