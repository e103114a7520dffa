import { Badge, Radio, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import type { DuplicateRecord } from '../duplicate-types';
import { isConflict, type UnitedField } from '../merge-fields';
import type { CompareFieldsProps, Side } from './CompareFieldsTable';

const SIDES = ['A', 'B'] as const;

/**
 * The two records field by field for a phone, where a second column would be off-screen: each field's
 * "A: …" above its "B: …", picked the same way as in the table.
 */
export function CompareFieldsStack({ records, fields, united, pickOf, onPick }: CompareFieldsProps) {
  const shown = fields.filter((field) => records.some((record) => field.textOf(record) !== null));
  return (
    <Stack gap="md" p="md" role="list" aria-label="Compare fields">
      <Stack gap={2}>
        {records.map((record, side) => (
          <Text key={record.id} size="sm" fw={500}>
            {SIDES[side]} · {record.name}
          </Text>
        ))}
      </Stack>
      {shown.map((field) => (
        <StackedField
          key={field.key}
          label={field.label}
          records={records}
          textOf={field.textOf}
          pick={isConflict(field, records[0], records[1]) ? { side: pickOf(field), name: field.key } : null}
          onPick={(side) => onPick(field, side)}
        />
      ))}
      {united.map((field) => (
        <StackedField key={field.label} label={field.label} records={records} textOf={field.textOf} united />
      ))}
    </Stack>
  );
}

interface StackedFieldProps {
  label: string;
  records: readonly [DuplicateRecord, DuplicateRecord];
  textOf: UnitedField['textOf'];
  /** The side kept, where both records hold a different value; null where there is nothing to pick. */
  pick?: { side: Side; name: string } | null;
  onPick?: (side: Side) => void;
  united?: boolean;
}

function StackedField({ label, records, textOf, pick = null, onPick, united = false }: StackedFieldProps) {
  const labelId = useId();
  return (
    <Stack gap={4} role="listitem" aria-labelledby={labelId}>
      <Text id={labelId} size="sm" fw={600}>
        {label}{' '}
        {united && (
          <Badge size="xs" variant="light" color="gray">
            both kept
          </Badge>
        )}
      </Text>
      {records.map((record, index) => {
        const side = index as Side;
        const value = textOf(record);
        const text = `${SIDES[side]}: ${value ?? '—'}`;
        return pick ? (
          <Radio
            key={record.id}
            name={`pick-${pick.name}`}
            label={text}
            aria-label={`Keep ${label}: ${value}`}
            checked={pick.side === side}
            onChange={() => onPick?.(side)}
            styles={{ label: { overflowWrap: 'anywhere' } }}
          />
        ) : (
          <Text
            key={record.id}
            size="sm"
            c={value === null ? 'dimmed' : undefined}
            style={{ overflowWrap: 'anywhere' }}
          >
            {text}
          </Text>
        );
      })}
    </Stack>
  );
}
