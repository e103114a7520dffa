import { Anchor, Avatar, Box, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import type { Team, User } from '../../../api/types';
import { avatarName } from '../../../ui/format';
import { useNarrowerThan } from '../../../ui/useNarrowerThan';

interface TeamsTableProps {
  teams: readonly Team[];
  members: readonly User[];
}

/** The workspace's teams and who is in each; in a narrow box the members go under the team's name. */
export function TeamsTable({ teams, members }: TeamsTableProps) {
  const [box, compact] = useNarrowerThan<HTMLDivElement>(560);
  const nameOf = (id: string) => members.find((member) => member.id === id)?.name ?? 'Member';

  return (
    <Table.ScrollContainer ref={box} minWidth={0}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Teams">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Team</Table.Th>
            {!compact && <Table.Th scope="col">Members</Table.Th>}
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
                {compact && (
                  <Box mt={6}>
                    <Members ids={team.memberIds} nameOf={nameOf} />
                  </Box>
                )}
              </Table.Td>
              {!compact && (
                <Table.Td>
                  <Members ids={team.memberIds} nameOf={nameOf} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Members({ ids, nameOf }: { ids: readonly string[]; nameOf: (id: string) => string }) {
  if (ids.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No members
      </Text>
    );
  return (
    <Avatar.Group spacing="sm" aria-label={`${ids.length} members`}>
      {ids.slice(0, 6).map((id) => (
        <Tooltip key={id} label={nameOf(id)} withArrow>
          <Avatar name={avatarName(nameOf(id))} color="initials" size={30} radius="xl" />
        </Tooltip>
      ))}
      {ids.length > 6 && (
        <Avatar size={30} radius="xl">
          +{ids.length - 6}
        </Avatar>
      )}
    </Avatar.Group>
  );
}
