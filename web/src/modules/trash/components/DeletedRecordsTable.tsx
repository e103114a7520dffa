import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import type { components } from '../../../api/schema.gen';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { type TrashObject, useRestoreRecord } from '../hooks/useDeletedRecords';

type DeletedRecord = components['schemas']['DeletedRecord'];

interface DeletedRecordsTableProps {
  object: TrashObject;
  records: readonly DeletedRecord[];
}

/** Each deleted record with when it went, and Restore, which then opens its page. */
export function DeletedRecordsTable({ object, records }: DeletedRecordsTableProps) {
  const restore = useRestoreRecord(object);
  const navigate = useNavigate();
  const restoring = restore.isPending ? restore.variables : undefined;
  const onRestore = (record: DeletedRecord) =>
    restore.mutate(record.id, {
      onSuccess: () => {
        notifySuccess(`${record.name} is back.`);
        void navigate(`/${object}/${record.id}`);
      },
      onError: notifyError,
    });
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={`Deleted ${object}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Deleted</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((record) => (
            <Table.Tr key={record.id}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Text size="sm" fw={500}>
                  {record.name}
                </Text>
                {record.detail && (
                  <Text size="xs" c="dimmed">
                    {record.detail}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" title={formatDateTime(record.deletedAt)}>
                  {formatRelative(record.deletedAt)}
                </Text>
              </Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconRestore size={14} aria-hidden />}
                  loading={restoring === record.id}
                  disabled={restoring !== undefined && restoring !== record.id}
                  onClick={() => onRestore(record)}
                  aria-label={`Restore ${record.name}`}
                >
                  Restore
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
