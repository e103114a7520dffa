import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { apiTokenOf, type StaffPrincipal } from '../../platform/auth/principal.ts';
import type { Tx } from '../../platform/db/transaction.ts';
import { bumped } from '../../platform/db/versioning.ts';
import { AppError, conflict, notFound } from '../../platform/errors.ts';
import { fetchPage } from '../../platform/http/pagination.ts';
import { enqueue } from '../../platform/jobs/queue.ts';
import { storableCopy } from '../../platform/text.ts';
import { can, OBJECTS, scopeOf } from '../access/index.ts';
import { definitionsFor } from '../custom-fields/index.ts';
import { activeMembers } from '../users/index.ts';
import { checkValueReadings, memberPickList, pickListOf, type ValueReadings } from './choices.rules.ts';
import {
  type Delimiter,
  decodeSample,
  detectDelimiter,
  detectEncoding,
  repairMojibake,
  uniqueHeader,
} from './csv.rules.ts';
import type { ImportLink, ImportRow, ImportView } from './imports.present.ts';
import type { ImportFormat, ImportMode, ImportObject, UnknownOwner } from './imports.tables.ts';
import { checkMapping, proposeMapping, targetFields } from './mapping.rules.ts';
import { checkMatchOn } from './match-on.rules.ts';
import type { DateOrder } from './values.rules.ts';

export const IMPORT_JOB = 'imports.process';
export const IMPORT_MAX_ATTEMPTS = 5;
/** What a vCard file looks like as a table: one column, the card. */
export const VCARD_HEADER = ['vcard'];

const COLUMNS = [
  'workspace_id',
  'id',
  'number',
  'object_type',
  'format',
  'filename',
  'status',
  'upload_token',
  'size_bytes',
  'sha256',
  'chunk_count',
  'encoding',
  'delimiter',
  'header',
  'mapping',
  'dedupe',
  'mode',
  'date_order',
  'phone_country',
  'unknown_owner',
  'value_readings',
  'match_on',
  'rows_done',
  'bytes_done',
  'created_count',
  'updated_count',
  'skipped_count',
  'rejected_count',
  'companies_created',
  'repeated_count',
  'parents_placed',
  'parents_unplaced',
  'error',
  'created_by',
  'started_at',
  'finished_at',
  'created_at',
  'updated_at',
  'version',
  'retry_of',
  'source_rows',
] as const;

/** What a file of customers may hold beyond its own kind (deals, tickets…): not members or settings. */
const CUSTOMER_DATA = OBJECTS.filter((o) => !['users', 'teams', 'auditLog', 'settings'].includes(o));

/**
 * Others' files, rejected rows included, are seen only by a role that reads every record in full
 * (admins, managers, viewers): a file may hold what a narrower role hides, such as a deal outside a
 * rep's team. Others see the files they uploaded themselves.
 */
function seesAll(principal: StaffPrincipal): boolean {
  return CUSTOMER_DATA.every((object) => scopeOf(principal.role, object, 'read') === 'all');
}

export function importQuery(tx: Tx, principal: StaffPrincipal) {
  const all = seesAll(principal);
  // The imports that took this one's rejected rows again, as far as the caller sees imports.
  const retries = sql<ImportLink[]>`(
    SELECT coalesce(json_agg(json_build_object('id', r.id, 'number', r.number) ORDER BY r.number), '[]'::json)
    FROM imports r WHERE r.workspace_id = i.workspace_id AND r.retry_of = i.id
    ${all ? sql`` : sql`AND r.created_by = ${principal.userId}`})`;
  const original = sql<ImportLink | null>`(
    SELECT json_build_object('id', o.id, 'number', o.number)
    FROM imports o WHERE o.workspace_id = i.workspace_id AND o.id = i.retry_of)`;
  let query = tx
    .selectFrom('imports as i')
    .select(COLUMNS)
    .select([original.as('retry_of_import'), retries.as('retried_by')])
    .where('i.workspace_id', '=', principal.workspaceId);
  if (!all) query = query.where('i.created_by', '=', principal.userId);
  return query;
}

export async function findImport(tx: Tx, principal: StaffPrincipal, id: string, lock = false) {
  let query = importQuery(tx, principal).where('i.id', '=', id);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('import');
  return row;
}

export function listImports(
  tx: Tx,
  principal: StaffPrincipal,
  page: { limit: number; cursor?: string | undefined },
) {
  return fetchPage(importQuery(tx, principal), {
    limit: page.limit,
    cursor: page.cursor,
    sort: '-number',
    columns: { number: 'i.number' },
    idColumn: 'i.id',
  });
}

export function assertMayImport(principal: StaffPrincipal, object: ImportObject): void {
  if (!can(object, 'create')(principal))
    throw new AppError('forbidden', `Your role may not create ${object}.`);
}

export async function createImport(
  tx: Tx,
  principal: StaffPrincipal,
  input: { object: ImportObject; format: ImportFormat; filename?: string | undefined },
): Promise<ImportView> {
  assertMayImport(principal, input.object);
  if (input.format === 'vcf' && input.object !== 'people')
    throw new AppError('validation_failed', 'vCards hold people.', {
      errors: [{ path: '/format', message: 'vcf imports people only.' }],
    });
  const row = await tx
    .insertInto('imports')
    .values({
      workspace_id: principal.workspaceId,
      number: await nextImportNumber(tx, principal.workspaceId),
      object_type: input.object,
      format: input.format,
      filename: input.filename ?? null,
      created_by: principal.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return findImport(tx, principal, row.id);
}

/** Imports are numbered per workspace: their changes carry request id import:N. */
export async function nextImportNumber(tx: Tx, workspaceId: string): Promise<string> {
  const counter = await sql<{ value: string }>`
    INSERT INTO workspace_counters (workspace_id, name, value) VALUES (${workspaceId}, 'import', 1)
    ON CONFLICT (workspace_id, name) DO UPDATE SET value = workspace_counters.value + 1
    RETURNING value::text`.execute(tx);
  return counter.rows[0]?.value ?? '1';
}

export interface FileShape {
  encoding: string;
  delimiter: Delimiter;
  header: string[];
  /** The first data rows, for a preview. */
  rows: string[][];
}

/** Reads the first chunk of a file: encoding, delimiter, header and first rows, unless told otherwise. */
export function sniff(
  sample: Buffer,
  complete: boolean,
  format: ImportFormat,
  given: { encoding?: string | undefined; delimiter?: Delimiter | undefined } = {},
): FileShape {
  const encoding = given.encoding ?? detectEncoding(sample, complete).encoding;
  let text = decodeSample(sample, encoding);
  if (format === 'vcf') return { encoding, delimiter: ',', header: VCARD_HEADER, rows: [] };
  if (!complete) text = text.slice(0, Math.max(text.lastIndexOf('\n'), 0));
  const delimiter = given.delimiter ?? detectDelimiter(text, complete);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      to: 21,
    });
  } catch (error) {
    throw new AppError('unprocessable', `The first rows cannot be read as CSV: ${(error as Error).message}`);
  }
  const [header, ...rows] = records;
  if (!header) throw new AppError('unprocessable', 'The file has no header row.');
  // A header cell the database cannot hold (a NUL byte) keeps its place with U+FFFD: its column can
  // still be mapped by that name, and its rows' cells are checked one by one.
  const names = header.map((c) => storableCopy(repairMojibake(c.replace(/^\uFEFF/, ''))));
  return { encoding, delimiter, header: uniqueHeader(names), rows: rows.map((r) => r.map(repairMojibake)) };
}

export async function firstChunk(tx: Tx, row: ImportRow): Promise<Buffer> {
  if (row.status === 'awaiting_upload') throw conflict('Upload the file first.');
  const chunk = await tx
    .selectFrom('import_chunks')
    .select('data')
    .where('workspace_id', '=', row.workspace_id)
    .where('import_id', '=', row.id)
    .where('seq', '=', 0)
    .executeTakeFirst();
  if (!chunk) throw conflict('The file of this import is no longer kept.');
  return Buffer.from(chunk.data);
}

export async function previewImport(
  tx: Tx,
  row: ImportRow,
  given: { encoding?: string | undefined; delimiter?: Delimiter | undefined },
) {
  const shape = sniff(await firstChunk(tx, row), row.chunk_count <= 1, row.format, given);
  const custom = await definitionsFor(tx, row.workspace_id, row.object_type);
  const live = custom.filter((d) => !d.archived);
  return {
    ...shape,
    proposedMapping:
      row.format === 'vcf'
        ? { vcard: 'vcard' }
        : proposeMapping(row.object_type, shape.header, live, shape.rows),
    fields: targetFields(row.object_type, live).map(({ key, label, type, unique }) => ({
      key,
      label,
      type,
      ...(unique ? { unique } : {}),
    })),
  };
}

export interface StartInput {
  mapping?: Record<string, string | null> | undefined;
  dedupe?: 'email' | 'domain' | null | undefined;
  mode?: ImportMode | undefined;
  dateOrder?: DateOrder | null | undefined;
  /** An ISO country code, checked by the route. */
  phoneCountry?: string | null | undefined;
  unknownOwner?: UnknownOwner | undefined;
  /** Per pick-list column, the choice each text is read as; checked against the mapping here. */
  values?: ValueReadings | undefined;
  /** The key of a unique custom field to match rows by first; checked here. */
  matchOn?: string | null | undefined;
  encoding?: string | undefined;
  delimiter?: Delimiter | undefined;
}

/** Fixes the mapping and dedupe choice, and queues the job that processes the file. */
export async function startImport(tx: Tx, principal: StaffPrincipal, id: string, input: StartInput) {
  const row = await findImport(tx, principal, id, true);
  assertMayImport(principal, row.object_type);
  if (row.status !== 'uploaded')
    throw conflict(`This import is ${row.status.replace('_', ' ')}; it cannot start.`);
  const shape = sniff(await firstChunk(tx, row), row.chunk_count <= 1, row.format, input);
  const custom = (await definitionsFor(tx, row.workspace_id, row.object_type)).filter((d) => !d.archived);
  const mapping =
    row.format === 'vcf'
      ? {}
      : (input.mapping ?? proposeMapping(row.object_type, shape.header, custom, shape.rows));
  const errors = row.format === 'vcf' ? [] : checkMapping(row.object_type, shape.header, mapping, custom);
  const readings = input.values ?? {};
  // Members are read only when the owner column's texts are given readings.
  const owners = Object.keys(readings).some((column) => mapping[column] === 'owner')
    ? memberPickList(await activeMembers(tx, row.workspace_id))
    : undefined;
  const listOf = (field: string) => (field === 'owner' ? owners : pickListOf(field, custom));
  errors.push(...checkValueReadings(readings, row.format === 'vcf' ? {} : mapping, listOf));
  const dedupe = input.dedupe ?? null;
  if (dedupe && dedupe !== (row.object_type === 'people' ? 'email' : 'domain'))
    errors.push({
      path: '/dedupe',
      message: `Dedupe ${row.object_type} by ${row.object_type === 'people' ? 'email' : 'domain'}.`,
    });
  if (!dedupe && input.mode && input.mode !== 'create')
    errors.push({ path: '/mode', message: 'update and skip apply to rows that match: choose dedupe too.' });
  const matchOn = input.matchOn ?? null;
  if (matchOn) errors.push(...checkMatchOn(matchOn, { object: row.object_type, dedupe, mapping, custom }));
  if (errors.length > 0) throw new AppError('validation_failed', 'The import cannot start.', { errors });
  const usable = Object.fromEntries(Object.entries(mapping).filter(([, field]) => field !== null));
  await tx
    .updateTable('imports')
    .set({
      status: 'queued',
      encoding: shape.encoding,
      delimiter: row.format === 'vcf' ? null : shape.delimiter,
      header: shape.header,
      mapping: JSON.stringify(usable),
      dedupe,
      mode: dedupe ? (input.mode ?? 'update') : 'create',
      date_order: input.dateOrder ?? null,
      phone_country: input.phoneCountry ?? null,
      unknown_owner: input.unknownOwner ?? 'reject',
      match_on: matchOn,
      value_readings: Object.keys(readings).length > 0 ? JSON.stringify(readings) : null,
      // Its job writes under the token it was started with, if any, as this request would.
      api_token_id: apiTokenOf(principal) ?? null,
      ...bumped(),
    })
    .where('workspace_id', '=', row.workspace_id)
    .where('id', '=', row.id)
    .execute();
  await queueImport(tx, row);
  return findImport(tx, principal, row.id);
}

/** Hands a queued import to the job runner; one job per import, however often it is asked. */
export async function queueImport(tx: Tx, row: { workspace_id: string; id: string }): Promise<void> {
  await enqueue(tx, {
    kind: IMPORT_JOB,
    workspaceId: row.workspace_id,
    payload: { importId: row.id },
    maxAttempts: IMPORT_MAX_ATTEMPTS,
    dedupeKey: `import:${row.id}`,
  });
}

const CANCELLABLE = new Set(['awaiting_upload', 'uploaded', 'queued', 'processing']);

/** Stops an import after the batch in flight; what it already wrote stays. */
export async function cancelImport(tx: Tx, principal: StaffPrincipal, id: string) {
  const row = await findImport(tx, principal, id, true);
  if (!CANCELLABLE.has(row.status)) throw conflict(`This import is ${row.status}; it cannot be cancelled.`);
  await tx
    .updateTable('imports')
    .set({ status: 'cancelled', finished_at: sql`now()`, upload_token: null, ...bumped() })
    .where('workspace_id', '=', row.workspace_id)
    .where('id', '=', row.id)
    .execute();
  await tx
    .deleteFrom('import_chunks')
    .where('workspace_id', '=', row.workspace_id)
    .where('import_id', '=', row.id)
    .execute();
  return findImport(tx, principal, row.id);
}

/** Not started: an upload left at its mapping (or before its file) is no part of the history yet. */
const DISCARDABLE = new Set(['awaiting_upload', 'uploaded']);

/**
 * Removes an import that never started, and its stored file (its chunks go with it, ON DELETE
 * CASCADE). A started one wrote records under its number, so it stays, as their history.
 */
export async function discardImport(tx: Tx, principal: StaffPrincipal, id: string): Promise<void> {
  const row = await findImport(tx, principal, id, true);
  assertMayImport(principal, row.object_type);
  if (!DISCARDABLE.has(row.status))
    throw conflict(`This import is ${row.status.replace('_', ' ')}; only one not started can be discarded.`);
  await tx
    .deleteFrom('imports')
    .where('workspace_id', '=', row.workspace_id)
    .where('id', '=', row.id)
    .execute();
}
