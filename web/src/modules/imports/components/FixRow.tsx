import { Checkbox, Table, Text, Textarea, TextInput } from '@mantine/core';
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

interface LineFixRowProps {
  rejection: ImportRejection;
  /** How many columns the row's line spans: the mapped columns' place. */
  span: number;
  line: string;
  /** What still keeps the line from being a row of the header's width, if anything. */
  problem: string | undefined;
  chosen: boolean;
  onChoose: (chosen: boolean) => void;
  onLine: (line: string) => void;
}

/**
 * A rejected row whose cells do not match the header, edited as the line it was read from: its
 * cells would sit under the wrong columns, and quotes put right are what fix it.
 */
export function LineFixRow({ rejection, span, line, problem, chosen, onChoose, onLine }: LineFixRowProps) {
  const name = lineOf(rejection.row);
  const hint = `${name.toLowerCase()}-hint`.replace(/\s+/g, '-');
  return (
    <Table.Tr>
      <Table.Td>
        <Checkbox
          aria-label={`Import ${name.toLowerCase()} again`}
          checked={chosen}
          onChange={(event) => onChoose(event.currentTarget.checked)}
        />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{name}</Table.Td>
      <Table.Td>
        <Text size="sm" c="red.8" style={{ overflowWrap: 'anywhere' }}>
          {rejection.reason}
        </Text>
      </Table.Td>
      <Table.Td colSpan={span}>
        <Textarea
          size="xs"
          autosize
          minRows={1}
          spellCheck={false}
          aria-label={`${name}, as read`}
          aria-describedby={hint}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          value={line}
          onChange={(event) => onLine(event.currentTarget.value)}
        />
        <Text id={hint} size="xs" c={problem ? 'red.8' : 'teal.8'} mt={4}>
          {problem ?? 'One cell per column: ready to import.'}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
