import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { OutboxMessage } from '../../../api/types';
import { formatDateTime, humanize } from '../../../ui/format';
import { MailStatusBadge } from './MailStatusBadge';

export function OutboxTable({ messages }: { messages: readonly OutboxMessage[] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Outbox">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Subject</Table.Th>
            <Table.Th scope="col">To</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Created</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {messages.map((message) => (
            <Table.Tr key={message.id}>
              <Table.Td>
                <Anchor component={Link} to={message.id} size="sm" fw={500} c="var(--mantine-color-text)">
                  {message.subject}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {humanize(message.kind.replaceAll('_', ' '))}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{message.to}</Text>
              </Table.Td>
              <Table.Td>
                <MailStatusBadge status={message.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(message.createdAt)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
