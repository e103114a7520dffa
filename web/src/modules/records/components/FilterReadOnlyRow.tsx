import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { IconLock, IconTrash } from '@tabler/icons-react';
import { filterWords, referredIds } from '../filter-chips';
import { useIdNames } from '../hooks/useIdNames';
import type { RecordField } from '../record-fields';

interface FilterReadOnlyRowProps {
  path: string;
  /** A condition the builder cannot edit as it is, or a part of the filter it cannot read at all. */
  filter: unknown;
  fields: readonly RecordField[];
  onRemove: () => void;
}

const WHY =
  'Saved through the API in a form the builder cannot edit: it still filters the list, and can be removed.';

/** Part of a saved filter that stays as it was saved: shown in words, removable, not editable. */
export function FilterReadOnlyRow({ path, filter, fields, onRemove }: FilterReadOnlyRowProps) {
  const names = useIdNames(referredIds(filter, fields));
  return (
    <Group role="group" aria-label={`Condition ${path} (read-only)`} gap="xs" wrap="nowrap">
      <Tooltip label={WHY} multiline w={280}>
        <IconLock size={16} aria-label="Read-only" color="var(--mantine-color-dimmed)" />
      </Tooltip>
      <Text size="sm" style={{ flex: 1, overflowWrap: 'anywhere' }}>
        {filterWords(filter, fields, names)}
      </Text>
      <ActionIcon
        variant="subtle"
        color="gray"
        size="lg"
        onClick={onRemove}
        aria-label={`Remove condition ${path}`}
      >
        <IconTrash size={16} aria-hidden />
      </ActionIcon>
    </Group>
  );
}
