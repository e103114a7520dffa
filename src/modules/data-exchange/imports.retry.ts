import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { apiTokenOf, type StaffPrincipal } from '../../platform/auth/principal.ts';
import type { Tx } from '../../platform/db/transaction.ts';
import { AppError, conflict, type FieldError } from '../../platform/errors.ts';
import { definitionsFor } from '../custom-fields/index.ts';
import { activeMembers } from '../users/index.ts';
import { memberPickList, type PickList, pickListOf } from './choices.rules.ts';
import type { ImportView } from './imports.present.ts';
import { assertMayImport, findImport, nextImportNumber, queueImport } from './imports.service.ts';
import type { UnknownOwner } from './imports.tables.ts';
import { CHUNK_BYTES } from './imports.upload.ts';
import { targetFields } from './mapping.rules.ts';
import type { DateOrder } from './values.rules.ts';

/**
 * Rejected rows fixed in the app, imported again: a new import of the same object, header, mapping
 * and dedupe choice, whose file is those rows as CSV, stored in chunks as an upload is and queued as
 * a started import is. So it runs, resumes, counts, rejects and audits ("import N", its own number)
 * exactly like any import, and nothing here writes a record.
 */
export const MAX_RETRY_ROWS = 500;
export const MAX_CELL_CHARS = 10_000;
export const MAX_RETRY_CELLS = 2_000;

export interface FixedRow {
  row: number;
  cells: string[];
}

const FINISHED = new Set(['completed', 'failed', 'cancelled']);

export async function retryRejectedRows(
  tx: Tx,
  principal: StaffPrincipal,
  id: string,
  rows: FixedRow[],
  /** How the retry reads dates as numbers; undefined: as the original did. */
  dateOrder?: DateOrder | null,
  /** What the retry does with owners that are not members; undefined: as the original did. */
  unknownOwner?: UnknownOwner,
): Promise<ImportView> {
  // Locked: two retries of the same rows wait for each other, and the second finds them taken.
  const original = await findImport(tx, principal, id, true);
  assertMayImport(principal, original.object_type);
  if (original.format === 'vcf')
    throw new AppError(
      'unprocessable',
      'Rejected vCards cannot be fixed here: download them, fix the cards and import the file again.',
    );
  if (!FINISHED.has(original.status))
    throw conflict(`This import is ${original.status.replace('_', ' ')}; fix its rows once it has finished.`);
  if (Number(original.rejected_count) === 0) throw conflict('This import rejected no rows.');
  const header = original.header ?? [];
  await assertRetryable(tx, original, header.length, rows);

  const sorted = [...rows].sort((a, b) => a.row - b.row);
  // Every empty cell quoted: a row of one empty cell would otherwise be an empty line, which
  // imports skip, and the new import would count one row fewer than it was sent.
  const file = Buffer.from(
    stringify([header, ...sorted.map((r) => r.cells)], { quoted_empty: true }),
    'utf8',
  );
  const retry = await tx
    .insertInto('imports')
    .values({
      workspace_id: original.workspace_id,
      number: await nextImportNumber(tx, principal.workspaceId),
      object_type: original.object_type,
      format: 'csv',
      filename: retryFilename(original),
      status: 'queued',
      size_bytes: file.byteLength,
      sha256: createHash('sha256').update(file).digest('hex'),
      chunk_count: Math.ceil(file.byteLength / CHUNK_BYTES),
      encoding: 'utf-8',
      delimiter: ',',
      header,
      mapping: JSON.stringify(original.mapping ?? {}),
      dedupe: original.dedupe,
      mode: original.mode,
      date_order: dateOrder === undefined ? original.date_order : dateOrder,
      phone_country: original.phone_country,
      unknown_owner: unknownOwner ?? original.unknown_owner,
      match_on: original.match_on,
      value_readings: original.value_readings === null ? null : JSON.stringify(original.value_readings),
      retry_of: original.id,
      // A retry of a retry still names the rows of the file first imported.
      source_rows: sorted.map((r) => original.source_rows?.[r.row - 1] ?? r.row),
      created_by: principal.userId,
      api_token_id: apiTokenOf(principal) ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let seq = 0; seq * CHUNK_BYTES < file.byteLength; seq++)
    await tx
      .insertInto('import_chunks')
      .values({
        workspace_id: original.workspace_id,
        import_id: retry.id,
        seq,
        data: file.subarray(seq * CHUNK_BYTES, (seq + 1) * CHUNK_BYTES),
      })
      .execute();
  await tx
    .updateTable('import_rejections')
    .set({ retried_in: retry.id })
    .where('workspace_id', '=', original.workspace_id)
    .where('import_id', '=', original.id)
    .where(
      'row_number',
      'in',
      sorted.map((r) => String(r.row)),
    )
    .execute();
  await queueImport(tx, { workspace_id: original.workspace_id, id: retry.id });
  return findImport(tx, principal, retry.id);
}

/**
 * Each row must be a rejection of this import, given once, not already taken by a retry that still
 * stands (a cancelled one gave its rows back), with one cell per column of the header.
 */
async function assertRetryable(tx: Tx, original: ImportView, width: number, rows: FixedRow[]) {
  const found = await tx
    .selectFrom('import_rejections as j')
    .leftJoin('imports as r', (join) =>
      join.onRef('r.workspace_id', '=', 'j.workspace_id').onRef('r.id', '=', 'j.retried_in'),
    )
    .select(['j.row_number', 'r.number', 'r.status'])
    .where('j.workspace_id', '=', original.workspace_id)
    .where('j.import_id', '=', original.id)
    .where(
      'j.row_number',
      'in',
      rows.map((r) => String(r.row)),
    )
    .execute();
  const byRow = new Map(found.map((f) => [Number(f.row_number), f]));
  const errors: FieldError[] = [];
  const taken: FieldError[] = [];
  const seen = new Set<number>();
  rows.forEach(({ row, cells }, i) => {
    const rejection = byRow.get(row);
    if (seen.has(row)) errors.push({ path: `/rows/${i}/row`, message: `Row ${row} is given twice.` });
    else if (!rejection)
      errors.push({
        path: `/rows/${i}/row`,
        message: `Row ${row} is not a rejected row of import ${original.number}.`,
      });
    else if (rejection.number !== null && rejection.status !== 'cancelled')
      taken.push({ path: `/rows/${i}/row`, message: `Row ${row} went to import ${rejection.number}.` });
    if (cells.length !== width)
      errors.push({
        path: `/rows/${i}/cells`,
        message: `Give ${width} cells, one per column of the header (not ${cells.length}).`,
      });
    seen.add(row);
  });
  if (errors.length > 0)
    throw new AppError('validation_failed', 'These rows cannot be imported again.', { errors });
  if (taken.length > 0)
    throw new AppError('conflict', 'Some rows were already imported again: fix them on that import.', {
      errors: taken,
    });
}

function retryFilename(original: ImportView): string {
  const stem = (original.filename ?? `import-${original.number}`).replace(/\.[^.]*$/, '');
  return `${stem.slice(0, 230)} (fixed rows).csv`;
}

/**
 * The import's header, each column with the field it fills and that field's label (custom fields'
 * included, archived ones too): what a rejected row's cells mean, for fixing them.
 */
export async function importColumns(tx: Tx, principal: StaffPrincipal, id: string) {
  const row = await findImport(tx, principal, id);
  const definitions = await definitionsFor(tx, row.workspace_id, row.object_type);
  const fields = new Map(targetFields(row.object_type, definitions).map((f) => [f.key, f]));
  const mapping = row.mapping ?? {};
  const header = row.format === 'vcf' ? ['vcard'] : (row.header ?? []);
  const readings = row.value_readings ?? {};
  // Members are read only when the owner column's texts were given readings (as at the start).
  const owners = Object.keys(readings).some((column) => mapping[column] === 'owner')
    ? memberPickList(await activeMembers(tx, row.workspace_id))
    : undefined;
  return {
    data: header.map((column, index) => {
      const field = mapping[column] ?? null;
      const list = field === null ? undefined : pickListOf(field, definitions);
      const given = readings[column];
      return {
        index,
        column,
        field,
        label: field === null ? null : (fields.get(field)?.label ?? field),
        unique: field !== null && fields.get(field)?.unique === true,
        choices: list ? list.choices.map((c) => c.label) : null,
        multiple: list?.multiple ?? false,
        readings: given ? labelledReadings(given, field === 'owner' ? owners : list) : null,
      };
    }),
  };
}

/**
 * The readings of a column's texts with each choice's label (a member no longer active: their id), in
 * the order of their texts (jsonb keeps an object's keys its own way).
 */
function labelledReadings(readings: Record<string, string | null>, list: PickList | undefined) {
  const texts = Object.entries(readings).sort(([a], [b]) => a.localeCompare(b));
  return texts.map(([text, value]) => ({
    text,
    value,
    label: value === null ? null : (list?.choices.find((c) => c.value === value)?.label ?? value),
  }));
}
