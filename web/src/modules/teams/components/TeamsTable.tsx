import { Anchor, Avatar, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import type { Team, User } from '../../../api/types';
import { avatarName } from '../../../ui/format';

interface TeamsTableProps {
  teams: readonly Team[];
  members: readonly User[];
}

export function TeamsTable({ teams, members }: TeamsTableProps) {
  const nameOf = (id: string) => members.find((member) => member.id === id)?.name ?? 'Member';

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Teams">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Team</Table.Th>
            <Table.Th scope="col">Members</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {teams.map((team) => (
            <Table.Tr key={team.id}>
              <Table.Td>
                <Anchor component={Link} to={team.id} fw={500} size="sm" c="var(--mantine-color-text)">
                  {team.name}
                </Anchor>
                {team.description && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {team.description}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {team.memberIds.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    No members
                  </Text>
                ) : (
                  <Avatar.Group spacing="sm" aria-label={`${team.memberIds.length} members`}>
                    {team.memberIds.slice(0, 6).map((id) => (
                      <Tooltip key={id} label={nameOf(id)} withArrow>
                        <Avatar name={avatarName(nameOf(id))} color="initials" size={30} radius="xl" />
                      </Tooltip>
                    ))}
                    {team.memberIds.length > 6 && (
                      <Avatar size={30} radius="xl">
                        +{team.memberIds.length - 6}
                      </Avatar>
                    )}
                  </Avatar.Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
