import { Paper } from '@mantine/core';
import type { GroupNode } from '../filter-model';
import type { RecordField } from '../record-fields';
import { FilterGroupEditor } from './FilterGroupEditor';

interface FilterPanelProps {
  fields: readonly RecordField[];
  value: GroupNode;
  onChange: (next: GroupNode) => void;
}

/**
 * The filter builder: conditions on any field, custom ones included, in nested all/any groups that may
 * exclude. Each condition and group has its own remove button; the whole filter is cleared from the
 * chips above ("Clear all"), not from here too.
 */
export function FilterPanel({ fields, value, onChange }: FilterPanelProps) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Filter builder">
      <FilterGroupEditor path="" depth={0} level={0} group={value} fields={fields} onChange={onChange} />
    </Paper>
  );
}
