import { parse } from 'csv-parse/browser/esm/sync';
import { stringify } from 'csv-stringify/browser/esm/sync';

/**
 * A rejected row whose cells do not match the header (a value that lacked its quotes was split, or
 * two were merged) cannot be fixed cell by cell: its cells sit under the wrong columns. It is shown
 * and edited as one line of the file instead, quoted by the same rules the import reads it with, so
 * adding the missing quotes fixes it. A tab can't be typed into a form field, so a tab-separated
 * file's row is shown with commas.
 */
export type LineDelimiter = ',' | ';' | '|';

export function lineDelimiter(delimiter: string | null | undefined): LineDelimiter {
  return delimiter === ';' || delimiter === '|' ? delimiter : ',';
}

/** The cells as one CSV line, a cell quoted only where it must be (so the line reads like the file). */
export function lineOfCells(cells: string[], delimiter: LineDelimiter): string {
  // A row of one empty cell would be an empty line, which reads as no row at all.
  if (cells.length === 1 && cells[0] === '') return '""';
  return stringify([cells], { delimiter, record_delimiter: '\n', quote_record_delimiter: true }).replace(
    /\n$/,
    '',
  );
}

/** The cells of an edited line; a reason instead when it is not one CSV row (an open quote, two lines). */
export function cellsOfLine(
  line: string,
  delimiter: LineDelimiter,
): { cells: string[] } | { problem: string } {
  let rows: string[][];
  try {
    rows = parse(line, { delimiter, relax_column_count: true, bom: false });
  } catch (error) {
    const quote = /quote/i.test(String((error as Error).message));
    return { problem: quote ? 'A quote is opened and not closed.' : 'This is not one CSV row.' };
  }
  if (rows.length === 0) return { cells: [''] };
  if (rows.length > 1) return { problem: 'This is more than one row: join the lines.' };
  return { cells: rows[0] ?? [''] };
}
