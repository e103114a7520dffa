import { Group, MultiSelect, Select, TagsInput, TextInput } from '@mantine/core';
import { NumberField } from '../../../ui/NumberField';
import { useUserDirectory } from '../../users/hooks/useUserDirectory';
import { searchChoices } from '../countries';
import { type Op, valueShapeOf } from '../filter-model';
import type { RecordField } from '../record-fields';
import { RecordPicker } from './RecordPicker';

interface FilterValueInputProps {
  field: RecordField;
  op: Op;
  value: unknown;
  onChange: (value: unknown) => void;
}

const BOOLEAN_CHOICES = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

const asString = (value: unknown) => (typeof value === 'string' ? value : '');
const asList = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);

/** The value part of a condition, shaped by the field's type and the operator. */
export function FilterValueInput({ field, op, value, onChange }: FilterValueInputProps) {
  const shape = valueShapeOf(op);
  if (shape === 'none') return null;
  if (shape === 'range') return <RangeInput field={field} value={value} onChange={onChange} />;
  if (shape === 'list') {
    const numeric = field.type === 'number';
    const list = asList(value);
    const change = (next: string[]) => onChange(numeric ? next.map(Number).filter(Number.isFinite) : next);
    if (field.choices) {
      return (
        <MultiSelect
          aria-label="Values"
          data={[...field.choices]}
          value={list}
          onChange={change}
          searchable
          filter={searchChoices}
          style={{ flex: '1 1 12rem' }}
        />
      );
    }
    return (
      <TagsInput
        aria-label="Values"
        placeholder="Type, then Enter"
        value={list}
        onChange={change}
        style={{ flex: '1 1 12rem' }}
      />
    );
  }
  return <SingleValueInput field={field} value={value} onChange={onChange} />;
}

function SingleValueInput({ field, value, onChange }: Omit<FilterValueInputProps, 'op'>) {
  const style = { flex: '1 1 12rem' };
  switch (field.type) {
    case 'number':
      return (
        <NumberField
          aria-label="Value"
          value={typeof value === 'number' ? value : null}
          onChange={onChange}
          style={style}
        />
      );
    case 'date':
    case 'datetime':
      return (
        <TextInput
          aria-label="Value"
          type="date"
          value={asString(value)}
          onChange={(e) => onChange(e.currentTarget.value || null)}
          style={style}
        />
      );
    case 'boolean':
      return (
        <Select
          aria-label="Value"
          data={BOOLEAN_CHOICES}
          value={typeof value === 'boolean' ? String(value) : null}
          onChange={(next) => onChange(next === null ? null : next === 'true')}
          style={style}
        />
      );
    case 'enum':
      return (
        <Select
          aria-label="Value"
          data={[...(field.choices ?? [])]}
          value={asString(value) || null}
          onChange={onChange}
          searchable
          filter={searchChoices}
          style={style}
        />
      );
    case 'id':
      return field.refersTo === 'user' ? (
        <MemberSelect value={asString(value) || null} onChange={onChange} />
      ) : (
        <div style={style}>
          <RecordPicker
            object={field.refersTo ?? 'companies'}
            aria-label="Value"
            value={asString(value) || null}
            onChange={onChange}
          />
        </div>
      );
    default:
      return (
        <TextInput
          aria-label="Value"
          value={asString(value)}
          onChange={(e) => onChange(e.currentTarget.value)}
          style={style}
        />
      );
  }
}

function MemberSelect({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const members = useUserDirectory();
  return (
    <Select
      aria-label="Value"
      data={(members.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
      value={value}
      onChange={onChange}
      searchable
      style={{ flex: '1 1 12rem' }}
    />
  );
}

function RangeInput({ field, value, onChange }: Omit<FilterValueInputProps, 'op'>) {
  const [from, to] = Array.isArray(value) ? value : [null, null];
  const set = (index: 0 | 1, next: unknown) => onChange(index === 0 ? [next, to] : [from, next]);
  if (field.type === 'number') {
    return (
      <Group gap="xs" wrap="nowrap" style={{ flex: '1 1 12rem' }}>
        <NumberField
          aria-label="From"
          value={typeof from === 'number' ? from : null}
          onChange={(n) => set(0, n)}
        />
        <NumberField aria-label="To" value={typeof to === 'number' ? to : null} onChange={(n) => set(1, n)} />
      </Group>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap" style={{ flex: '1 1 12rem' }}>
      <TextInput
        aria-label="From"
        type="date"
        value={asString(from)}
        onChange={(e) => set(0, e.currentTarget.value || null)}
      />
      <TextInput
        aria-label="To"
        type="date"
        value={asString(to)}
        onChange={(e) => set(1, e.currentTarget.value || null)}
      />
    </Group>
  );
}
