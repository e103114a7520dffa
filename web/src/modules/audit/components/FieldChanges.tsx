import { Table, Text } from '@mantine/core';
import type { AuditEntry } from '../../../api/types';
import { humanize } from '../../../ui/format';
import { formatValue, visibleChanges } from '../audit-text';

/** Each changed field of an audit entry, before and after. */
export function FieldChanges({ entry }: { entry: AuditEntry }) {
  const changes = visibleChanges(entry);
  if (changes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No field values were recorded for this change.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table verticalSpacing={6} fz="sm" withRowBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Field</Table.Th>
            <Table.Th scope="col">Before</Table.Th>
            <Table.Th scope="col">After</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map(([field, change]) => (
            <Table.Tr key={field}>
              <Table.Th scope="row" fw={500}>
                {humanize(field)}
              </Table.Th>
              <Table.Td c="dimmed" style={{ wordBreak: 'break-word' }}>
                {entry.action === 'created' ? '—' : formatValue(change.before)}
              </Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>
                {entry.action === 'deleted' ? '—' : formatValue(change.after)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
