import { ActionIcon, Anchor, Code, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ApiToken } from '../../../api/types';
import { formatDate, formatRelative } from '../../../ui/format';
import { useNarrowerThan } from '../../../ui/useNarrowerThan';
import { ApiTokenStatusBadge } from './ApiTokenStatusBadge';

interface ApiTokensTableProps {
  tokens: readonly ApiToken[];
  /** Shows the owner column (everyone's tokens). */
  ownerOf?: (userId: string) => string;
  onRevoke: (token: ApiToken) => void;
  /** Where the audit log lists what a token changed; left out for who may not read the log. */
  changesHref?: (token: ApiToken) => string;
}

/**
 * Tokens with their status and what can be done with them. In a narrow box (a phone, Settings on a
 * tablet) the owner, the dates and the
 * link to their changes go under the name, so the status and "Revoke" stay in sight at 390 px.
 */
export function ApiTokensTable({ tokens, ownerOf, onRevoke, changesHref }: ApiTokensTableProps) {
  const [box, compact] = useNarrowerThan<HTMLDivElement>(720);
  return (
    <Table.ScrollContainer ref={box} minWidth={0}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="API tokens">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            {ownerOf && !compact && <Table.Th scope="col">Owner</Table.Th>}
            <Table.Th scope="col">Status</Table.Th>
            {!compact && (
              <>
                <Table.Th scope="col">Created</Table.Th>
                <Table.Th scope="col">Expires</Table.Th>
                <Table.Th scope="col">Last used</Table.Th>
              </>
            )}
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => (
            <Table.Tr key={token.id} style={compact ? { verticalAlign: 'top' } : undefined}>
              <Table.Td
                w={compact ? '100%' : undefined}
                style={compact ? { overflowWrap: 'anywhere' } : undefined}
              >
                <Text size="sm" fw={500}>
                  {token.name}
                </Text>
                <Text size="xs" c="dimmed">
                  ends in <Code>{token.lastFour}</Code>
                </Text>
                {compact && (
                  <>
                    <Text size="xs" c="dimmed">
                      {ownerOf && `${ownerOf(token.userId)} · `}created {formatDate(token.createdAt)} ·
                      expires {token.expiresAt ? formatDate(token.expiresAt) : 'never'} · used{' '}
                      {token.lastUsedAt ? formatRelative(token.lastUsedAt) : 'not yet'}
                    </Text>
                    {changesHref && <ChangesLink token={token} href={changesHref(token)} />}
                  </>
                )}
              </Table.Td>
              {ownerOf && !compact && (
                <Table.Td>
                  <Text size="sm">{ownerOf(token.userId)}</Text>
                </Table.Td>
              )}
              <Table.Td>
                <ApiTokenStatusBadge status={token.status} />
              </Table.Td>
              {!compact && (
                <>
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
                </>
              )}
              <Table.Td>
                <Group gap="sm" justify="flex-end" wrap="nowrap">
                  {changesHref && !compact && <ChangesLink token={token} href={changesHref(token)} />}
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

function ChangesLink({ token, href }: { token: ApiToken; href: string }) {
  return (
    <Anchor component={Link} to={href} size="sm">
      See its changes
      {/* Every row's link reads alike: a screen reader's list of links names whose. */}
      <VisuallyHidden> made with “{token.name}”</VisuallyHidden>
    </Anchor>
  );
}
