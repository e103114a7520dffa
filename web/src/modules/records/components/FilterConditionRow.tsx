import { ActionIcon, Group, Select } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import {
  type ConditionNode,
  conditionOn,
  isEditable,
  OPS_BY_TYPE,
  type Op,
  opLabel,
  valueShapeOf,
} from '../filter-model';
import type { RecordField } from '../record-fields';
import { FilterReadOnlyRow } from './FilterReadOnlyRow';
import { FilterValueInput } from './FilterValueInput';

interface FilterConditionRowProps {
  /** "2.1": where the condition sits, which names it for assistive technology. */
  path: string;
  condition: ConditionNode;
  fields: readonly RecordField[];
  onChange: (next: ConditionNode) => void;
  onRemove: () => void;
}

const GROUPS = ['Fields', 'Company', 'Custom fields'] as const;

export function FilterConditionRow({ path, condition, fields, onChange, onRemove }: FilterConditionRowProps) {
  if (!isEditable(condition, fields)) {
    return <FilterReadOnlyRow path={path} filter={condition.original} fields={fields} onRemove={onRemove} />;
  }
  const field = fields.find((f) => f.key === condition.field);
  const fieldOptions = GROUPS.map((group) => ({
    group,
    items: fields.filter((f) => f.group === group).map((f) => ({ value: f.key, label: f.label })),
  })).filter((group) => group.items.length > 0);
  const ops = field ? OPS_BY_TYPE[field.type] : [];

  const changeOp = (op: Op) => {
    // A value keeps its meaning only while the operator takes the same shape of value.
    const keep = valueShapeOf(op) === valueShapeOf(condition.op);
    onChange({ ...condition, op, value: keep ? condition.value : null });
  };

  return (
    <Group role="group" aria-label={`Condition ${path}`} gap="xs" align="flex-start" wrap="wrap">
      <Select
        aria-label="Field"
        placeholder="Field"
        data={fieldOptions}
        value={condition.field}
        onChange={(key) => {
          const next = fields.find((f) => f.key === key);
          if (next) onChange(conditionOn(next, condition.id));
        }}
        searchable
        allowDeselect={false}
        style={{ flex: '1 1 11rem' }}
      />
      {field && (
        <Select
          aria-label="Operator"
          data={ops.map((op) => ({ value: op, label: opLabel(op, field) }))}
          value={condition.op}
          onChange={(op) => op && changeOp(op as Op)}
          allowDeselect={false}
          style={{ flex: '0 1 11rem' }}
        />
      )}
      {field && (
        <FilterValueInput
          field={field}
          op={condition.op}
          value={condition.value}
          onChange={(value) => onChange({ ...condition, value })}
        />
      )}
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
