import { Flex, Select, Table, Text } from '@mantine/core';
import type { ImportPreview } from '../import-types';

export type Mapping = Record<string, string | null>;

/** Select has no null option: this stands for "leave the column out". */
const SKIP = '__skip__';
/** Not a field: choosing it asks for a new custom field to fill from the column. */
const NEW_FIELD = '__new_field__';

/**
 * Rows align at the top, the texts centred on the height of the select beside them: a row centred
 * as a whole put the column's name below its select once an error showed under the select.
 */
// Mantine's --input-height-sm, defined only inside an input's wrapper.
const LEVEL_WITH_SELECT = { minHeight: 'calc(2.25rem * var(--mantine-scale))' };

export interface TargetField {
  key: string;
  label: string;
  /** How its cells are read: a custom field's type, or the built-in field's (phone, dateTime, text, …). */
  type: string;
}

interface ColumnMappingTableProps {
  preview: ImportPreview;
  /** Fields created since the preview was read, offered until it is read again. */
  added: readonly TargetField[];
  mapping: Mapping;
  errors: Record<string, string>;
  onChange: (column: string, field: string | null) => void;
  /** Offered to who may define custom fields (settings:update); undefined: not offered. */
  onNewField?: (column: string, index: number) => void;
}

/** Each column of the file, a few of its values, and the field it fills (proposed, changeable). */
export function ColumnMappingTable({
  preview,
  added,
  mapping,
  errors,
  onChange,
  onNewField,
}: ColumnMappingTableProps) {
  const known = new Set(preview.fields.map((field) => field.key));
  const options = [
    { value: SKIP, label: 'Don’t import' },
    ...[...preview.fields, ...added.filter((field) => !known.has(field.key))].map((field) => ({
      value: field.key,
      label: field.label,
    })),
    ...(onNewField ? [{ value: NEW_FIELD, label: 'New custom field…' }] : []),
  ];
  const examples = (index: number) =>
    preview.rows
      .map((row) => row[index]?.trim() ?? '')
      .filter(Boolean)
      .slice(0, 3)
      .join(' · ');

  return (
    // On a phone the examples go under the column's name, so its select stays in sight.
    <Table.ScrollContainer minWidth={320}>
      <Table verticalSpacing="xs" aria-label="Column mapping">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Column in the file</Table.Th>
            <Table.Th scope="col" visibleFrom="sm">
              Examples
            </Table.Th>
            <Table.Th scope="col">Import as</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.header.map((column, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a header may repeat a name
            <Table.Tr key={index} style={{ verticalAlign: 'top' }}>
              <Table.Td>
                <Flex align="center" style={LEVEL_WITH_SELECT}>
                  <Text size="sm" fw={500}>
                    {column}
                  </Text>
                </Flex>
                <Text size="xs" c="dimmed" lineClamp={2} hiddenFrom="sm" style={{ overflowWrap: 'anywhere' }}>
                  {examples(index) || 'empty'}
                </Text>
              </Table.Td>
              <Table.Td maw={260} visibleFrom="sm">
                <Flex align="center" style={LEVEL_WITH_SELECT}>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {examples(index) || 'empty'}
                  </Text>
                </Flex>
              </Table.Td>
              {/* On a phone the select takes most of the row, so "E-mail (primary)" reads whole; wider,
                  two fifths, so "Created date (kept from the other system)" does. */}
              <Table.Td miw={{ base: 170, sm: 220 }} w={{ base: '62%', sm: '40%' }}>
                <Select
                  aria-label={`Import “${column}” as`}
                  data={options}
                  value={mapping[column] ?? SKIP}
                  onChange={(next) => {
                    if (next === NEW_FIELD) onNewField?.(column, index);
                    else onChange(column, next === SKIP || next === null ? null : next);
                  }}
                  error={errors[column]}
                  allowDeselect={false}
                  searchable
                  // Enter picks the field typed; it never submits the form, which would start the import.
                  selectFirstOptionOnChange
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') event.preventDefault();
                  }}
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
