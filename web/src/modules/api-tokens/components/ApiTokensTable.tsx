import { ActionIcon, Anchor, Code, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ApiToken } from '../../../api/types';
import { formatDate, formatRelative } from '../../../ui/format';
import { ApiTokenStatusBadge } from './ApiTokenStatusBadge';

interface ApiTokensTableProps {
  tokens: readonly ApiToken[];
  /** Shows the owner column (everyone's tokens). */
  ownerOf?: (userId: string) => string;
  onRevoke: (token: ApiToken) => void;
  /** Where the audit log lists what a token changed; left out for who may not read the log. */
  changesHref?: (token: ApiToken) => string;
}

export function ApiTokensTable({ tokens, ownerOf, onRevoke, changesHref }: ApiTokensTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="API tokens">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            {ownerOf && <Table.Th scope="col">Owner</Table.Th>}
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Created</Table.Th>
            <Table.Th scope="col">Expires</Table.Th>
            <Table.Th scope="col">Last used</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {token.name}
                </Text>
                <Text size="xs" c="dimmed">
                  ends in <Code>{token.lastFour}</Code>
                </Text>
              </Table.Td>
              {ownerOf && (
                <Table.Td>
                  <Text size="sm">{ownerOf(token.userId)}</Text>
                </Table.Td>
              )}
              <Table.Td>
                <ApiTokenStatusBadge status={token.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(token.createdAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={token.expiresAt ? undefined : 'dimmed'}>
                  {token.expiresAt ? formatDate(token.expiresAt) : 'Never'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={token.lastUsedAt ? undefined : 'dimmed'}>
                  {token.lastUsedAt ? formatRelative(token.lastUsedAt) : 'Not yet'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap="sm" justify="flex-end" wrap="nowrap">
                  {changesHref && (
                    <Anchor component={Link} to={changesHref(token)} size="sm">
                      See its changes
                      {/* Every row's link reads alike: a screen reader's list of links names whose. */}
                      <VisuallyHidden> made with “{token.name}”</VisuallyHidden>
                    </Anchor>
                  )}
                  {token.status !== 'revoked' && (
                    <Tooltip label="Revoke" withArrow>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => onRevoke(token)}
                        aria-label={`Revoke ${token.name}`}
                      >
                        <IconBan size={18} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
