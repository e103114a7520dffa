import type { Selectable } from 'kysely';
import { z } from 'zod';
import { Id, iso, Named, Timestamp } from '../../platform/http/schemas.ts';
import { DELIMITERS } from './csv.rules.ts';
import {
  IMPORT_FORMATS,
  IMPORT_MODES,
  IMPORT_OBJECTS,
  IMPORT_STATUSES,
  type ImportsTable,
  UNKNOWN_OWNERS,
} from './imports.tables.ts';
import { DATE_ORDERS } from './values.rules.ts';

/**
 * The run that owns an import, and the API token it was started with (which its job writes under),
 * are the job's business, not the API's.
 */
export type ImportRow = Omit<Selectable<ImportsTable>, 'run_id' | 'api_token_id'>;
export interface ImportLink {
  id: string;
  number: number;
}
/** An import as importQuery reads it: with the imports its rejected rows went to, and back. */
export type ImportView = ImportRow & { retry_of_import: ImportLink | null; retried_by: ImportLink[] };

const ImportLinkSchema = z.object({ id: Id, number: z.number().int() });

export const ValueReadingsSchema = z
  .record(z.string().max(500), z.record(z.string().max(1000), z.string().max(200).nullable()))
  .meta({
    description:
      'Per column filling a field with choices (lifecycle stage, select and multi-select custom fields, the owner, whose choices are the active members’ user ids, or the country, whose choices are ISO codes): each text of the file and the choice value it is read as, or null to leave the field empty. A text not named is read as proposed by GET /imports/{id}/values, or its row rejected with the choices named.',
    example: { 'Lifecycle Stage': { 'Marketing Qualified Lead': 'lead', 'In Progress': null } },
  });

export const ImportSchema = z
  .object({
    id: Id,
    number: z.number().int().meta({ description: 'Per workspace; its changes carry request id import:N.' }),
    object: z.enum(IMPORT_OBJECTS),
    format: z.enum(IMPORT_FORMATS),
    filename: z.string().nullable(),
    status: z.enum(IMPORT_STATUSES),
    size: z.number().int().nullable().meta({ description: 'Bytes uploaded.' }),
    sha256: z.string().nullable(),
    encoding: z.string().nullable(),
    delimiter: z.enum(DELIMITERS).nullable(),
    header: z.array(z.string()).nullable(),
    mapping: z.record(z.string(), z.string()).nullable().meta({ description: 'Column → field.' }),
    dedupe: z.enum(['email', 'domain']).nullable(),
    mode: z.enum(IMPORT_MODES),
    dateOrder: z.enum(DATE_ORDERS).nullable().meta({
      description:
        'How the file writes dates of day and month as numbers; null: not said (such a date that reads both ways is rejected).',
    }),
    unknownOwner: z.enum(UNKNOWN_OWNERS).meta({
      description:
        'A row whose owner is not an active member of the workspace: reject (the row is rejected) or ignore (the owner cell is: a new record is owned by whoever started the import, an updated one keeps its owner).',
    }),
    values: ValueReadingsSchema.nullable(),
    matchOn: z.string().nullable().meta({
      description:
        'With dedupe, the key of a unique custom field (an ID from another system, mapped from a column) to match rows by first: a row whose value a record holds updates (or skips) that record; a row without a value, or whose value no record holds, is matched by e-mail (people) or domain (companies). A row matched by e-mail or domain to a record holding another value is rejected.',
    }),
    phoneCountry: z.string().nullable().meta({
      description:
        'The country phone numbers without a +code are read in, when their row gives none; null: the workspace’s default country.',
    }),
    progress: z.number().min(0).max(1),
    counts: z.object({
      read: z.number().int().meta({ description: 'Rows done (each created, updated, skipped or rejected).' }),
      created: z.number().int(),
      updated: z.number().int(),
      skipped: z.number().int().meta({
        description: 'Rows left alone: matches in skip mode, matches they would not change, and blank rows.',
      }),
      rejected: z.number().int(),
      repeated: z.number().int().meta({
        description:
          'Rows that wrote a record an earlier row of the same file had written too (one e-mail on two rows): they applied in file order, the later row standing. Counted when the import completes.',
      }),
    }),
    companiesCreated: z
      .number()
      .int()
      .meta({ description: 'Companies people rows named that did not exist.' }),
    parents: z
      .object({
        placed: z
          .number()
          .int()
          .meta({ description: 'Companies placed under the parent company their row named.' }),
        unplaced: z.number().int().meta({
          description:
            'Companies written whose named parent was not found or would make a loop; listed by GET /imports/{id}/unplaced-parents.',
        }),
      })
      .meta({ description: 'A company import’s parent company column, applied when the import ends.' }),
    error: z.string().nullable(),
    retryOf: ImportLinkSchema.nullable().meta({
      description: 'The import whose rejected rows, fixed, this one imports again.',
    }),
    retriedBy: z.array(ImportLinkSchema).meta({
      description: 'Later imports of this one’s rejected rows, fixed (POST /imports/{id}/retry).',
    }),
    createdBy: Id.nullable(),
    startedAt: Timestamp.nullable(),
    finishedAt: Timestamp.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Import' });
export type ImportJson = z.infer<typeof ImportSchema>;

export const RejectionSchema = z
  .object({
    row: z.number().int().meta({
      description:
        'The data row’s number in the file: 1 is the row under the header (a vCard file counts cards).',
    }),
    sourceRow: z.number().int().meta({
      description:
        'The row’s number in the file first imported: on an import of fixed rows (a retry), whose file holds those rows alone, the number the row had there; otherwise `row`.',
    }),
    reason: z.string(),
    columns: z.array(z.string()).meta({
      description:
        'The columns of the import’s header whose cells the reason names: the cells to fix. Empty for a problem of the whole row.',
    }),
    cells: z
      .array(z.string())
      .meta({ description: 'The row’s cells as read, in the order of the import’s header.' }),
    retriedIn: Id.nullable().meta({
      description: 'The import that took this row again, fixed (one of the import’s retriedBy).',
    }),
  })
  .meta({ id: 'ImportRejection' });

export const UnplacedParentSchema = z
  .object({
    row: z.number().int().meta({ description: 'The data row that named the parent, as in rejections.' }),
    sourceRow: z.number().int().meta({ description: 'The row’s number in the file first imported.' }),
    company: Named.meta({ description: 'The company the row wrote.' }),
    parent: z.string().meta({ description: 'The parent company as the row named it.' }),
    parentName: z
      .string()
      .nullable()
      .meta({ description: 'The parent’s name, when the row gave it beside an id: tried second.' }),
    problem: z.string(),
  })
  .meta({ id: 'ImportUnplacedParent' });

function progressOf(row: ImportRow): number {
  if (row.status === 'completed') return 1;
  const size = Number(row.size_bytes ?? 0);
  if (size === 0 || row.status !== 'processing') return 0;
  // An estimate from the bytes behind the last committed batch: never claim done before it is.
  return Math.min(0.99, Number(row.bytes_done) / size);
}

export function presentImport(row: ImportView): ImportJson {
  return {
    id: row.id,
    number: Number(row.number),
    object: row.object_type,
    format: row.format,
    filename: row.filename,
    status: row.status,
    size: row.size_bytes === null ? null : Number(row.size_bytes),
    sha256: row.sha256,
    encoding: row.encoding,
    delimiter: (row.delimiter as ImportJson['delimiter']) ?? null,
    header: row.header,
    mapping: row.mapping
      ? Object.fromEntries(Object.entries(row.mapping).filter((e): e is [string, string] => e[1] !== null))
      : null,
    dedupe: row.dedupe,
    mode: row.mode,
    dateOrder: row.date_order,
    phoneCountry: row.phone_country,
    unknownOwner: row.unknown_owner,
    values: row.value_readings,
    matchOn: row.match_on,
    progress: progressOf(row),
    counts: {
      read: Number(row.rows_done),
      created: Number(row.created_count),
      updated: Number(row.updated_count),
      skipped: Number(row.skipped_count),
      rejected: Number(row.rejected_count),
      repeated: Number(row.repeated_count),
    },
    companiesCreated: Number(row.companies_created),
    parents: { placed: Number(row.parents_placed), unplaced: Number(row.parents_unplaced) },
    error: row.error,
    retryOf: row.retry_of_import && linkOf(row.retry_of_import),
    retriedBy: row.retried_by.map(linkOf),
    createdBy: row.created_by,
    startedAt: row.started_at ? iso(row.started_at) : null,
    finishedAt: row.finished_at ? iso(row.finished_at) : null,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}

/** Numbers come back from json_build_object as JSON numbers, ids as strings. */
const linkOf = (link: ImportLink): ImportLink => ({ id: link.id, number: Number(link.number) });
