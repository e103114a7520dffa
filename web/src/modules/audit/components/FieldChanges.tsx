import { Table, Text } from '@mantine/core';
import type { AuditEntry } from '../../../api/types';
import { type ChangeContext, changeParts, describeChanges, type Shown } from '../change-text';
import { ChangeParts, ShownValue } from './ChangeParts';

const EMPTY: Shown = { text: 'empty' };

/** Each changed field of an audit entry, before and after; a list's entries as added and removed. */
export function FieldChanges({ entry, context }: { entry: AuditEntry; context: ChangeContext }) {
  const lines = describeChanges(entry, context);
  if (lines.length === 0) {
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
          {lines.map((line) => (
            <Table.Tr key={line.field}>
              <Table.Th scope="row" fw={500}>
                {line.label}
              </Table.Th>
              {line.kind === 'items' ? (
                <Table.Td colSpan={2} style={{ wordBreak: 'break-word' }}>
                  <ChangeParts parts={changeParts(line, entry.action)} />
                </Table.Td>
              ) : (
                <>
                  <Table.Td c="dimmed" style={{ wordBreak: 'break-word' }}>
                    {entry.action === 'created' ? '—' : <ShownValue value={line.before ?? EMPTY} />}
                  </Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word' }}>
                    {entry.action === 'deleted' ? '—' : <ShownValue value={line.after ?? EMPTY} />}
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
