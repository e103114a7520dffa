import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { OutboxMessage } from '../../../api/types';
import { formatDateTime, humanize } from '../../../ui/format';
import { useNarrowerThan } from '../../../ui/useNarrowerThan';
import { MailStatusBadge } from './MailStatusBadge';

/** E-mail sent or held; in a narrow box whom it is to and when go under its subject. */
export function OutboxTable({ messages }: { messages: readonly OutboxMessage[] }) {
  const [box, compact] = useNarrowerThan<HTMLDivElement>(720);
  return (
    <Table.ScrollContainer ref={box} minWidth={0}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Outbox">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Subject</Table.Th>
            {!compact && <Table.Th scope="col">To</Table.Th>}
            <Table.Th scope="col">Status</Table.Th>
            {!compact && <Table.Th scope="col">Created</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {messages.map((message) => (
            <Table.Tr key={message.id} style={compact ? { verticalAlign: 'top' } : undefined}>
              <Table.Td w={compact ? '100%' : undefined} style={{ overflowWrap: 'anywhere' }}>
                <Anchor component={Link} to={message.id} size="sm" fw={500} c="var(--mantine-color-text)">
                  {message.subject}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {humanize(message.kind.replaceAll('_', ' '))}
                  {compact && ` · to ${message.to} · ${formatDateTime(message.createdAt)}`}
                </Text>
              </Table.Td>
              {!compact && (
                <Table.Td>
                  <Text size="sm">{message.to}</Text>
                </Table.Td>
              )}
              <Table.Td>
                <MailStatusBadge status={message.status} />
              </Table.Td>
              {!compact && (
                <Table.Td>
                  <Text size="sm">{formatDateTime(message.createdAt)}</Text>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
