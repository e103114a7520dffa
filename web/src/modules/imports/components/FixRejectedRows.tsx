import { Alert, Button, Checkbox, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/api-error';
import { QueryError } from '../../../ui/QueryError';
import { isEitherWayDate } from '../date-order';
import { useImportColumns } from '../hooks/useImportColumns';
import { type FixedRow, useRetryImport } from '../hooks/useRetryImport';
import { type ImportJob, type ImportRejection, lineOf, type UnknownOwner } from '../import-types';
import { cellsOfLine, type LineDelimiter, lineDelimiter, lineOfCells } from '../row-line';
import { type DateOrderAnswer, DateOrderChoice } from './DateOrderChoice';
import { FixRow, LineFixRow } from './FixRow';
import { isUnknownOwnerReason, UnknownOwnerChoice } from './UnknownOwnerChoice';

/** The server takes this many rows a request (MAX_RETRY_ROWS in imports.retry.ts). */
const MAX_ROWS = 500;

/** A row's cells, one per column of the header: a row read short or long is fitted to it. */
const fitted = (cells: string[], width: number) => Array.from({ length: width }, (_, i) => cells[i] ?? '');

/**
 * The rejected rows as a form: the mapped columns' cells as inputs, each row's reason beside it;
 * a row read with more or fewer cells than the header, as its line (see row-line.ts).
 * The rows changed (or ticked) go again as a new import of the same columns and settings, and the
 * page moves to it. Cells of unmapped columns travel as they were read.
 */
export function FixRejectedRows(props: { job: ImportJob; rows: ImportRejection[]; onClose: () => void }) {
  const { job, rows, onClose } = props;
  const columns = useImportColumns(job.id);
  const retry = useRetryImport(job.id);
  const navigate = useNavigate();
  const [drafts, setDrafts] = useState<Record<number, string[]>>({});
  const [lines, setLines] = useState<Record<number, string>>({});
  const [dateOrder, setDateOrder] = useState<DateOrderAnswer>('ask');
  const [unknownOwner, setUnknownOwner] = useState<UnknownOwner>('reject');
  // A tick or untick given by hand; otherwise a row goes when its cells changed.
  const [ticks, setTicks] = useState<Record<number, boolean>>({});
  const table = useRef<HTMLDivElement>(null);
  // A phone gets a card a row, its fields stacked: a table of 200-pixel columns would hide them.
  const stacked = useMediaQuery('(max-width: 40em)') ?? false;
  const loaded = columns.data !== undefined;
  useEffect(() => {
    // The form replaces the button that opened it: the keyboard starts at the first row, on its box,
    // beside its reason (its cells come next; focusing one would scroll the reason away on a phone).
    if (loaded) table.current?.querySelector<HTMLInputElement>('input[aria-label^="Import line"]')?.focus();
  }, [loaded]);
  const width = job.header?.length ?? 0;
  const open = rows.filter((r) => r.retriedIn === null);
  const mapped = (columns.data ?? []).filter((c) => c.field !== null);
  const unmapped = (columns.data ?? []).filter((c) => c.field === null).map((c) => c.column);
  const delimiter = lineDelimiter(job.delimiter);
  const misshapen = (r: ImportRejection) => r.cells.length !== width;
  const lineEdit = (r: ImportRejection) => lineState(r, lines[r.row], width, delimiter);
  const cellsOf = (r: ImportRejection) =>
    misshapen(r) ? lineEdit(r).cells : (drafts[r.row] ?? fitted(r.cells, width));
  const changed = (r: ImportRejection) => {
    if (misshapen(r)) return lineEdit(r).changed;
    const draft = drafts[r.row];
    const before = fitted(r.cells, width);
    return draft?.some((cell, i) => cell !== before[i]) ?? false;
  };
  const isChosen = (r: ImportRejection) => ticks[r.row] ?? changed(r);
  const chosen = open.filter(isChosen);
  const unready = chosen.filter((r) => misshapen(r) && lineEdit(r).problem !== undefined);

  const edit = (r: ImportRejection, index: number, value: string) => {
    const cells = [...cellsOf(r)];
    cells[index] = value;
    setDrafts((d) => ({ ...d, [r.row]: cells }));
    setTicks(({ [r.row]: _, ...rest }) => rest);
  };
  const allChosen = open.length > 0 && chosen.length === open.length;
  const chooseAll = (on: boolean) => setTicks(Object.fromEntries(open.map((r) => [r.row, on])));
  // Rows refused for a date that reads both ways can go again as they are, told the order.
  const eitherWay = job.dateOrder === null && open.some((r) => isEitherWayDate(r.reason));
  // And those refused for an owner who is not a member, told to go without that owner.
  const ownerless = job.unknownOwner === 'reject' && open.some((r) => isUnknownOwnerReason(r.reason));
  const send = () => {
    const rows: FixedRow[] = chosen.map((r) => ({ row: r.row, cells: cellsOf(r) }));
    retry.mutate(
      {
        rows,
        ...(eitherWay && dateOrder !== 'ask' ? { dateOrder } : {}),
        ...(ownerless && unknownOwner === 'ignore' ? { unknownOwner } : {}),
      },
      { onSuccess: (created) => void navigate(`/imports/${created.id}`) },
    );
  };

  const rowsShown = open.map((r) =>
    misshapen(r) ? (
      <LineFixRow
        stacked={stacked}
        key={r.row}
        rejection={r}
        span={Math.max(1, mapped.length)}
        line={lineEdit(r).line}
        problem={lineEdit(r).problem}
        chosen={isChosen(r)}
        onChoose={(on) => setTicks((t) => ({ ...t, [r.row]: on }))}
        onLine={(line) => {
          setLines((l) => ({ ...l, [r.row]: line }));
          setTicks(({ [r.row]: _, ...rest }) => rest);
        }}
      />
    ) : (
      <FixRow
        stacked={stacked}
        key={r.row}
        rejection={r}
        columns={mapped}
        cells={cellsOf(r)}
        chosen={isChosen(r)}
        onChoose={(on) => setTicks((t) => ({ ...t, [r.row]: on }))}
        onCell={(index, value) => edit(r, index, value)}
      />
    ),
  );

  if (columns.error) return <QueryError error={columns.error} onRetry={() => void columns.refetch()} />;
  if (!columns.data) return <Loader size="sm" aria-label="Loading the columns" />;
  return (
    <Stack gap="sm">
      <Text size="sm">
        Correct the cells, then import the rows again: they go in as a new import with this one’s columns,
        mapping and duplicate handling. A row you leave as it is stays out unless you tick it.
        {unmapped.length > 0 && ` ${unmappedNote(unmapped)}`}
        {open.some(misshapen) &&
          ' A row read with too many or too few cells shows as its line: all of it goes as you edit it.'}
      </Text>
      {eitherWay && (
        <DateOrderChoice
          columns={[]}
          evidence={{ numeric: true, possible: ['dayFirst', 'monthFirst'], proofs: {} }}
          value={dateOrder}
          onChange={setDateOrder}
          intro="Some rows were rejected for a date that reads two ways. Say how this file writes them, tick those rows, and they go again as they are."
        />
      )}
      {ownerless && (
        <UnknownOwnerChoice
          value={unknownOwner}
          onChange={setUnknownOwner}
          intro="Some rows were rejected for an owner who is not a member here. Let them in without that owner, tick those rows, and they go again as they are."
        />
      )}
      <div ref={table}>
        {stacked ? (
          <Stack gap="sm" aria-label="Rejected rows to fix" role="group">
            <Checkbox
              label="Tick every row shown"
              aria-label="Import every row shown again"
              checked={allChosen}
              indeterminate={chosen.length > 0 && !allChosen}
              onChange={(event) => chooseAll(event.currentTarget.checked)}
            />
            {rowsShown}
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={360 + 200 * mapped.length}>
            <Table verticalSpacing="xs" aria-label="Rejected rows to fix">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>
                    <Checkbox
                      aria-label="Import every row shown again"
                      checked={allChosen}
                      indeterminate={chosen.length > 0 && !allChosen}
                      onChange={(event) => chooseAll(event.currentTarget.checked)}
                    />
                  </Table.Th>
                  <Table.Th w={80}>Where</Table.Th>
                  <Table.Th miw={180}>Reason</Table.Th>
                  {mapped.map((c) => (
                    <Table.Th key={c.index} miw={200}>
                      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {c.column}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {c.label}
                      </Text>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>{rowsShown}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </div>
      {retry.error && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          role="alert"
          title="Not imported"
        >
          {problemLines(retry.error, retry.variables?.rows ?? [], rows).map((line) => (
            <div key={line}>{line}</div>
          ))}
        </Alert>
      )}
      {chosen.length > MAX_ROWS && (
        <Text size="sm" c="red.8">
          At most {MAX_ROWS} rows go at a time: untick some, and send them next.
        </Text>
      )}
      {unready.length > 0 && (
        <Text size="sm" c="red.8">
          {unready.map(lineOf).join(', ')} {unready.length === 1 ? 'does' : 'do'} not have one cell per column
          yet: fix {unready.length === 1 ? 'it' : 'them'}, or untick.
        </Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Stop fixing
        </Button>
        <Button
          onClick={send}
          loading={retry.isPending}
          disabled={chosen.length === 0 || chosen.length > MAX_ROWS || unready.length > 0}
        >
          Import {chosen.length.toLocaleString()} fixed {chosen.length === 1 ? 'row' : 'rows'}
        </Button>
      </Group>
    </Stack>
  );
}

/** The problem's detail, then each error on the line it is about (`/rows/2/cells` → the third row sent). */
function problemLines(error: unknown, sent: FixedRow[], shown: ImportRejection[]): string[] {
  if (!isApiError(error)) return [String(error)];
  const lines = error.errors.map(({ path, message }) => {
    const index = /^\/rows\/(\d+)/.exec(path)?.[1];
    const row = index === undefined ? undefined : sent[Number(index)]?.row;
    const rejection = shown.find((r) => r.row === row);
    return rejection === undefined ? message : `${lineOf(rejection)}: ${message}`;
  });
  return [error.detail, ...lines].filter(Boolean);
}

/** The columns not imported travel too, unseen: say which (a few by name). */
function unmappedNote(columns: string[]): string {
  const named =
    columns.length <= 4
      ? columns.join(', ')
      : `${columns.slice(0, 3).join(', ')} and ${columns.length - 3} more`;
  return `The cells of columns not imported (${named}) are sent as they were read.`;
}

/**
 * A misshapen row's line as edited (or as read), and the cells it now gives: sent only once they
 * are one per column, so the server's own check (a cell per column) never has to refuse them.
 */
function lineState(r: ImportRejection, edited: string | undefined, width: number, delimiter: LineDelimiter) {
  const read = lineOfCells(r.cells, delimiter);
  const line = edited ?? read;
  const parsed = cellsOfLine(line, delimiter);
  const changed = edited !== undefined && edited !== read;
  if ('problem' in parsed) return { line, changed, cells: r.cells, problem: parsed.problem };
  const count = parsed.cells.length;
  const problem =
    count === width
      ? undefined
      : `${count} ${count === 1 ? 'cell' : 'cells'} where the header has ${width}: put quotes around a value that holds a ${DELIMITER_NAMES[delimiter]}${count < width ? ', or add the missing cells' : ''}.`;
  return { line, changed, cells: parsed.cells, problem };
}

const DELIMITER_NAMES: Record<LineDelimiter, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '|': 'vertical bar',
};
