import { Badge, Radio, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { DuplicateRecord } from '../duplicate-types';
import { isConflict, type MergeField, type UnitedField } from '../merge-fields';
import { CompareFieldsStack } from './CompareFieldsStack';

export type Side = 0 | 1;

export interface CompareFieldsProps {
  records: readonly [DuplicateRecord, DuplicateRecord];
  fields: readonly MergeField[];
  united: readonly UnitedField[];
  /** Which record's value each conflicting field keeps. */
  pickOf: (field: MergeField) => Side;
  onPick: (field: MergeField, side: Side) => void;
}

/**
 * The two records side by side. Where both have a different value the reviewer picks one; where only
 * one has a value it is kept; lists (e-mails, phones, tags…) keep the entries of both. Below the `sm`
 * breakpoint (a phone) the second column would be off-screen: each field's two values stack instead.
 */
export function CompareFieldsTable(props: CompareFieldsProps) {
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  return isPhone ? <CompareFieldsStack {...props} /> : <CompareFieldsSideBySide {...props} />;
}

function CompareFieldsSideBySide({ records, fields, united, pickOf, onPick }: CompareFieldsProps) {
  const shown = fields.filter((field) => records.some((record) => field.textOf(record) !== null));
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm" withColumnBorders aria-label="Compare fields">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="22%">
              Field
            </Table.Th>
            {records.map((record, side) => (
              <Table.Th key={record.id} scope="col">
                {side === 0 ? 'A' : 'B'} · {record.name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((field) => {
            const conflict = isConflict(field, records[0], records[1]);
            return (
              <Table.Tr key={field.key}>
                <Table.Th scope="row" fw={500}>
                  {field.label}
                </Table.Th>
                {records.map((record, index) => {
                  const side = index as Side;
                  const value = field.textOf(record);
                  return (
                    <Table.Td key={record.id}>
                      {conflict ? (
                        <Radio
                          name={`pick-${field.key}`}
                          label={value}
                          aria-label={`Keep ${field.label}: ${value}`}
                          checked={pickOf(field) === side}
                          onChange={() => onPick(field, side)}
                        />
                      ) : (
                        <Text size="sm" c={value === null ? 'dimmed' : undefined}>
                          {value ?? '—'}
                        </Text>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            );
          })}
          {united.map((field) => (
            <Table.Tr key={field.label}>
              <Table.Th scope="row" fw={500}>
                {field.label}{' '}
                <Badge size="xs" variant="light" color="gray">
                  both kept
                </Badge>
              </Table.Th>
              {records.map((record) => (
                <Table.Td key={record.id}>
                  <Text size="sm" c={field.textOf(record) === null ? 'dimmed' : undefined}>
                    {field.textOf(record) ?? '—'}
                  </Text>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
