import { Autocomplete, Checkbox, Group, Paper, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { type ImportColumn, type ImportRejection, lineOf } from '../import-types';

interface FixRowProps {
  rejection: ImportRejection;
  /** The mapped columns, the ones worth editing; the others' cells travel unchanged. */
  columns: ImportColumn[];
  cells: string[];
  chosen: boolean;
  onChoose: (chosen: boolean) => void;
  onCell: (index: number, value: string) => void;
  /** A card of stacked fields (a phone) rather than a table row. */
  stacked?: boolean;
}

/**
 * One rejected row being fixed: whether it goes again, where it was, why it failed, its cells; the
 * cells its reason names are marked invalid until changed, so a row with several problems shows
 * each one's cell, and which are still to fix.
 */
export function FixRow({ rejection, columns, cells, chosen, onChoose, onCell, stacked }: FixRowProps) {
  const line = lineOf(rejection);
  const named = new Set(rejection.columns);
  const toFix = (column: ImportColumn) =>
    named.has(column.column) && (cells[column.index] ?? '') === (rejection.cells[column.index] ?? '');
  if (stacked)
    return (
      <FixCard rejection={rejection} chosen={chosen} onChoose={onChoose}>
        {columns.map((column) => (
          <CellInput
            key={column.index}
            size="sm"
            column={column}
            label={column.column}
            description={column.label}
            ariaLabel={`${line}, ${column.column}`}
            error={toFix(column)}
            value={cells[column.index] ?? ''}
            onChange={(value) => onCell(column.index, value)}
          />
        ))}
      </FixCard>
    );
  return (
    <Table.Tr>
      <Table.Td>
        <ChooseBox name={line} chosen={chosen} onChoose={onChoose} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{line}</Table.Td>
      <Table.Td>
        <Text size="sm" c="red.8" style={{ overflowWrap: 'anywhere' }}>
          {rejection.reason}
        </Text>
      </Table.Td>
      {columns.map((column) => (
        <Table.Td key={column.index}>
          <CellInput
            size="xs"
            column={column}
            ariaLabel={`${line}, ${column.column}`}
            error={toFix(column)}
            value={cells[column.index] ?? ''}
            onChange={(value) => onCell(column.index, value)}
          />
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

interface CellInputProps {
  column: ImportColumn;
  value: string;
  onChange: (value: string) => void;
  ariaLabel: string;
  error: boolean;
  size: 'xs' | 'sm';
  label?: string;
  description?: string | null;
}

/**
 * A cell as typed text; one filling a field with choices (lifecycle stage, select) offers those
 * choices as it is typed, by their labels, which the new import reads. A multi-select's cell lists
 * several, so it is typed, its choices named under it.
 */
function CellInput({ column, value, onChange, ariaLabel, error, size, label, description }: CellInputProps) {
  const shared = { size, label, 'aria-label': ariaLabel, error, value };
  if (column.choices && !column.multiple)
    return (
      <Autocomplete
        {...shared}
        description={description}
        data={column.choices}
        onChange={onChange}
        // The choices all show on focus: a stage's eight, a select's few.
        limit={50}
        comboboxProps={{ withinPortal: true }}
      />
    );
  const choices = column.choices ? `One or more of: ${column.choices.join(', ')}` : undefined;
  return (
    <TextInput
      {...shared}
      description={[description, choices].filter(Boolean).join(' · ') || undefined}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
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
  stacked?: boolean;
}

/**
 * A rejected row whose cells do not match the header, edited as the line it was read from: its
 * cells would sit under the wrong columns, and quotes put right are what fix it.
 */
export function LineFixRow(props: LineFixRowProps) {
  const { rejection, span, line, problem, chosen, onChoose, onLine, stacked } = props;
  const name = lineOf(rejection);
  const hint = `${name.toLowerCase()}-hint`.replace(/\s+/g, '-');
  const editor = (
    <>
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
    </>
  );
  if (stacked)
    return (
      <FixCard rejection={rejection} chosen={chosen} onChoose={onChoose}>
        <div>{editor}</div>
      </FixCard>
    );
  return (
    <Table.Tr>
      <Table.Td>
        <ChooseBox name={name} chosen={chosen} onChoose={onChoose} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{name}</Table.Td>
      <Table.Td>
        <Text size="sm" c="red.8" style={{ overflowWrap: 'anywhere' }}>
          {rejection.reason}
        </Text>
      </Table.Td>
      <Table.Td colSpan={span}>{editor}</Table.Td>
    </Table.Tr>
  );
}

function ChooseBox(props: { name: string; chosen: boolean; onChoose: (chosen: boolean) => void }) {
  return (
    <Checkbox
      aria-label={`Import ${props.name.toLowerCase()} again`}
      checked={props.chosen}
      onChange={(event) => props.onChoose(event.currentTarget.checked)}
    />
  );
}

/** A row as a card on a narrow screen: its box and line, its reason, then its fields one under another. */
function FixCard(props: {
  rejection: ImportRejection;
  chosen: boolean;
  onChoose: (chosen: boolean) => void;
  children: ReactNode;
}) {
  const name = lineOf(props.rejection);
  return (
    <Paper withBorder radius="md" p="sm" role="group" aria-label={name}>
      <Stack gap="xs">
        <Group gap="sm" wrap="nowrap">
          <ChooseBox name={name} chosen={props.chosen} onChoose={props.onChoose} />
          <Text size="sm" fw={600}>
            {name}
          </Text>
        </Group>
        <Text size="sm" c="red.8" style={{ overflowWrap: 'anywhere' }}>
          {props.rejection.reason}
        </Text>
        {props.children}
      </Stack>
    </Paper>
  );
}
