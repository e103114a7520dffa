import { type StaffPrincipal, tenantContextOf } from '../../platform/auth/principal.ts';
import type { Db } from '../../platform/db/connect.ts';
import { inWorkspace } from '../../platform/db/transaction.ts';
import { AppError, conflict } from '../../platform/errors.ts';
import { definitionsFor } from '../custom-fields/index.ts';
import { activeMembers } from '../users/index.ts';
import {
  type Choice,
  memberPickList,
  type PickList,
  pickListOf,
  pickTexts,
  proposeChoice,
} from './choices.rules.ts';
import { type Delimiter, repairMojibake, restoreFormula } from './csv.rules.ts';
import { findImport, firstChunk, sniff } from './imports.service.ts';
import { csvRecords, isDataError, lineOf, readChunks } from './imports.source.ts';
import { targetFields } from './mapping.rules.ts';

/** No field yet: each cell one text, nothing proposed (a field made from the column takes them as choices). */
const AS_WRITTEN: PickList = { multiple: false, choices: [], refusal: () => '' };

/** Distinct texts listed per column: a pick-list has a few; a column with thousands is no pick-list. */
export const MAX_LISTED_TEXTS = 200;

export interface ColumnValues {
  column: string;
  /** null: the column's texts as written, for a field with choices to be made from them. */
  field: string | null;
  choices: Choice[];
  /** Rows whose cell in the column is not blank. */
  rows: number;
  /**
   * Each distinct text (an item of a list, for a multi-select), how many rows give it, and its
   * proposed choice; the most frequent first, then in the order the file gives them.
   */
  values: { text: string; rows: number; proposed: string | null }[];
  /** Cells giving a text beyond the first MAX_LISTED_TEXTS distinct ones, which are not listed. */
  unlisted: number;
}

export interface ValuesQuery {
  column: string;
  field?: string | undefined;
  encoding?: string | undefined;
  delimiter?: Delimiter | undefined;
}

/**
 * The texts a column of the uploaded file gives a pick-list field, read from the whole file (streamed,
 * chunk by chunk, as the import will read it), so the mapping step can show how each will be read
 * before anything is written.
 */
export async function columnValues(
  db: Db,
  principal: StaffPrincipal,
  requestId: string,
  importId: string,
  query: ValuesQuery,
): Promise<ColumnValues> {
  const context = tenantContextOf(principal, requestId);
  const { row, shape, list } = await inWorkspace(db, context, async (tx) => {
    const row = await findImport(tx, principal, importId);
    if (row.format !== 'csv')
      throw new AppError('unprocessable', 'A vCard file has no columns to read values of.');
    const shape = sniff(await firstChunk(tx, row), row.chunk_count <= 1, row.format, query);
    const custom = (await definitionsFor(tx, row.workspace_id, row.object_type)).filter((d) => !d.archived);
    const errors: { path: string; message: string }[] = [];
    if (!shape.header.includes(query.column))
      errors.push({ path: '/column', message: `The file has no column "${query.column}".` });
    const { field } = query;
    const fillable =
      field === undefined || targetFields(row.object_type, custom).some((f) => f.key === field);
    let list: PickList | undefined;
    if (field === undefined) list = AS_WRITTEN;
    else if (field === 'owner') list = memberPickList(await activeMembers(tx, row.workspace_id));
    else if (fillable) list = pickListOf(field, custom);
    if (!list)
      errors.push({
        path: '/field',
        message: fillable
          ? `"${field}" takes any value: only fields with choices have values to read.`
          : `Unknown field "${field}".`,
      });
    if (errors.length > 0 || !list)
      throw new AppError('validation_failed', 'These values cannot be read.', { errors });
    return { row, shape, list };
  });

  const index = shape.header.indexOf(query.column);
  const counts = new Map<string, number>();
  let rows = 0;
  let unlisted = 0;
  let header = true;
  // The records as the import reads them (fileRecords), but only this column's cell repaired.
  const records = csvRecords(
    readChunks(db, context, row.id, row.chunk_count),
    shape.encoding,
    shape.delimiter,
  );
  try {
    for await (const record of records as AsyncIterable<string[]>) {
      if (header) {
        header = false;
        continue;
      }
      // As the import reads a cell: trimmed, a formula guard taken off.
      const cell = restoreFormula(repairMojibake(record[index] ?? '').trim());
      if (!cell) continue;
      rows++;
      for (const text of new Set(pickTexts(list, cell))) {
        const seen = counts.get(text);
        if (seen !== undefined) counts.set(text, seen + 1);
        else if (counts.size < MAX_LISTED_TEXTS) counts.set(text, 1);
        else unlisted++;
      }
    }
  } catch (error) {
    if (isDataError(error))
      throw new AppError(
        'unprocessable',
        `Line ${lineOf(error)} cannot be read: ${(error as Error).message}`,
      );
    if (/chunk \d+ of import .* is missing/.test(String(error)))
      throw conflict('The file changed or was removed while it was read: read its values again.');
    throw error;
  }
  const values = [...counts]
    .map(([text, count]) => ({ text, rows: count, proposed: proposeChoice(list, text) }))
    // Stable: texts given by as many rows keep the order the file first gives them in.
    .sort((a, b) => b.rows - a.rows);
  return { column: query.column, field: query.field ?? null, choices: list.choices, rows, values, unlisted };
}
