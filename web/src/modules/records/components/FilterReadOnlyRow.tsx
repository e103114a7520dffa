import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { IconLock, IconTrash } from '@tabler/icons-react';
import { type ApiCondition, OP_LABELS, valueShapeOf } from '../filter-model';
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
  return (
    <Group role="group" aria-label={`Condition ${path} (read-only)`} gap="xs" wrap="nowrap">
      <Tooltip label={WHY} multiline w={280}>
        <IconLock size={16} aria-label="Read-only" color="var(--mantine-color-dimmed)" />
      </Tooltip>
      <Text size="sm" style={{ flex: 1, overflowWrap: 'anywhere' }}>
        {inWords(filter, fields)}
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

function inWords(filter: unknown, fields: readonly RecordField[]): string {
  if (!isCondition(filter)) return JSON.stringify(filter);
  const label = fields.find((f) => f.key === filter.field)?.label ?? filter.field;
  const shape = valueShapeOf(filter.op);
  if (shape === 'none') return `${label} ${OP_LABELS[filter.op]}`;
  const value = filter.value;
  const text =
    shape === 'range' && Array.isArray(value)
      ? `${show(value[0])} and ${show(value[1])}`
      : Array.isArray(value)
        ? value.map(show).join(', ')
        : show(value);
  return `${label} ${OP_LABELS[filter.op]} ${text}`;
}

const show = (value: unknown) => (typeof value === 'string' ? `“${value}”` : JSON.stringify(value));

function isCondition(filter: unknown): filter is ApiCondition {
  if (typeof filter !== 'object' || filter === null) return false;
  const shape = filter as Record<string, unknown>;
  return (
    typeof shape.field === 'string' && typeof shape.op === 'string' && Object.hasOwn(OP_LABELS, shape.op)
  );
}
