import { Checkbox, Table, Text, TextInput } from '@mantine/core';
import { type ImportColumn, type ImportRejection, lineOf } from '../import-types';

interface FixRowProps {
  rejection: ImportRejection;
  /** The mapped columns, the ones worth editing; the others' cells travel unchanged. */
  columns: ImportColumn[];
  cells: string[];
  chosen: boolean;
  onChoose: (chosen: boolean) => void;
  onCell: (index: number, value: string) => void;
}

/** One rejected row being fixed: whether it goes again, where it was, why it failed, its cells. */
export function FixRow({ rejection, columns, cells, chosen, onChoose, onCell }: FixRowProps) {
  const line = lineOf(rejection.row);
  return (
    <Table.Tr>
      <Table.Td>
        <Checkbox
          aria-label={`Import ${line.toLowerCase()} again`}
          checked={chosen}
          onChange={(event) => onChoose(event.currentTarget.checked)}
        />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{line}</Table.Td>
      <Table.Td>
        <Text size="sm" c="red.8" style={{ overflowWrap: 'anywhere' }}>
          {rejection.reason}
        </Text>
      </Table.Td>
      {columns.map((column) => (
        <Table.Td key={column.index}>
          <TextInput
            size="xs"
            aria-label={`${line}, ${column.column}`}
            value={cells[column.index] ?? ''}
            onChange={(event) => onCell(column.index, event.currentTarget.value)}
          />
        </Table.Td>
      ))}
    </Table.Tr>
  );
}
