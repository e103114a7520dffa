import { Select, Table, Text } from '@mantine/core';
import type { ImportPreview } from '../import-types';

export type Mapping = Record<string, string | null>;

/** Select has no null option: this stands for "leave the column out". */
const SKIP = '__skip__';

interface ColumnMappingTableProps {
  preview: ImportPreview;
  mapping: Mapping;
  errors: Record<string, string>;
  onChange: (column: string, field: string | null) => void;
}

/** Each column of the file, a few of its values, and the field it fills (proposed, changeable). */
export function ColumnMappingTable({ preview, mapping, errors, onChange }: ColumnMappingTableProps) {
  const options = [
    { value: SKIP, label: 'Don’t import' },
    ...preview.fields.map((field) => ({ value: field.key, label: field.label })),
  ];
  const examples = (index: number) =>
    preview.rows
      .map((row) => row[index]?.trim() ?? '')
      .filter(Boolean)
      .slice(0, 3)
      .join(' · ');

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" aria-label="Column mapping">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Column in the file</Table.Th>
            <Table.Th scope="col">Examples</Table.Th>
            <Table.Th scope="col">Import as</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.header.map((column, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a header may repeat a name
            <Table.Tr key={index}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {column}
                </Text>
              </Table.Td>
              <Table.Td maw={260}>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {examples(index) || 'empty'}
                </Text>
              </Table.Td>
              <Table.Td miw={220}>
                <Select
                  aria-label={`Import “${column}” as`}
                  data={options}
                  value={mapping[column] ?? SKIP}
                  onChange={(next) => onChange(column, next === SKIP || next === null ? null : next)}
                  error={errors[column]}
                  allowDeselect={false}
                  searchable
                  nothingFoundMessage="No field by that name"
                  size="sm"
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
