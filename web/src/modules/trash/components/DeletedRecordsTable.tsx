import { ActionIcon, Button, Group, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconDots, IconRestore } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import type { components } from '../../../api/schema.gen';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { notifyError, notifySuccess, notifyWarning } from '../../../ui/notify';
import { actorName } from '../../audit/audit-text';
import { type TrashObject, useRestoreRecord, useRestoreSince } from '../hooks/useDeletedRecords';

type DeletedRecord = components['schemas']['DeletedRecord'];

interface DeletedRecordsTableProps {
  object: TrashObject;
  records: readonly DeletedRecord[];
  /** A search narrows the list: "every one deleted after it" would then mean more than is shown. */
  searching: boolean;
}

/** "by Ada Lovelace", "by a former member", "by system": the deleter as the audit log names them. */
function byWhom(deletedBy: DeletedRecord['deletedBy']): string | null {
  if (!deletedBy) return null;
  const name = actorName({ actor: deletedBy });
  return `by ${deletedBy.name ? name : name.charAt(0).toLowerCase() + name.slice(1)}`;
}

/** A warning names this many records left deleted, and counts the rest. */
const SKIPPED_NAMED = 5;

const NOUNS: Record<TrashObject, { one: string; many: string }> = {
  people: { one: 'person', many: 'people' },
  companies: { one: 'company', many: 'companies' },
};

/**
 * Each deleted record with when it went, and Restore, which then opens its page; its menu brings back
 * it and every one deleted after it at once (the list is newest first: those above it).
 */
export function DeletedRecordsTable({ object, records, searching }: DeletedRecordsTableProps) {
  const restore = useRestoreRecord(object);
  const navigate = useNavigate();
  const restoreSince = useRestoreSince(object);
  const noun = NOUNS[object];
  const busy = restore.isPending || restoreSince.isPending;
  const restoringId = restore.isPending ? restore.variables : undefined;
  const onRestoreSince = (record: DeletedRecord) =>
    restoreSince.mutate(record.deletedAt, {
      onSuccess: ({ restored, skipped }) => {
        notifySuccess(`${restored.toLocaleString()} ${restored === 1 ? noun.one : noun.many} restored.`);
        if (skipped.length > 0) {
          const named = skipped.slice(0, SKIPPED_NAMED).map((s) => `${s.name}: ${s.reason}`);
          const more = skipped.length - named.length;
          notifyWarning(
            `${skipped.length.toLocaleString()} left deleted`,
            [...named, ...(more > 0 ? [`And ${more.toLocaleString()} more.`] : [])].join(' '),
          );
        }
      },
      onError: notifyError,
    });
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
          {records.map((record, index) => (
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
                {record.deletedBy && (
                  <Text size="xs" c="dimmed">
                    {byWhom(record.deletedBy)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Button
                    variant="default"
                    size="xs"
                    leftSection={<IconRestore size={14} aria-hidden />}
                    loading={restoringId === record.id}
                    disabled={busy && restoringId !== record.id}
                    onClick={() => onRestore(record)}
                    aria-label={`Restore ${record.name}`}
                  >
                    Restore
                  </Button>
                  {index > 0 && !searching && (
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={`More for ${record.name}`}>
                          <IconDots size={16} aria-hidden />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item
                          leftSection={<IconRestore size={14} aria-hidden />}
                          disabled={busy}
                          onClick={() => onRestoreSince(record)}
                        >
                          Restore this and every {noun.one} deleted after it
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
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
