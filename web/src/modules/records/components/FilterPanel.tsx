import { Button, Group, Paper } from '@mantine/core';
import { emptyGroup, type GroupNode } from '../filter-model';
import type { RecordField } from '../record-fields';
import { FilterGroupEditor } from './FilterGroupEditor';

interface FilterPanelProps {
  fields: readonly RecordField[];
  value: GroupNode;
  onChange: (next: GroupNode) => void;
}

/** The filter builder: conditions on any field, custom ones included, in nested all/any groups that may exclude. */
export function FilterPanel({ fields, value, onChange }: FilterPanelProps) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Filter builder">
      <FilterGroupEditor path="" depth={0} level={0} group={value} fields={fields} onChange={onChange} />
      {value.children.length > 0 && (
        <Group justify="flex-end" mt="xs">
          <Button size="xs" variant="subtle" color="gray" onClick={() => onChange(emptyGroup())}>
            Clear filter
          </Button>
        </Group>
      )}
    </Paper>
  );
}
