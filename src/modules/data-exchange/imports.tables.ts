import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../platform/db/schema.ts';
import type { ValueReadings } from './choices.rules.ts';
import type { DateOrder } from './values.rules.ts';

type Count = ColumnType<string, string | number | undefined, string | number>;

export const IMPORT_STATUSES = [
  'awaiting_upload',
  'uploaded',
  'queued',
  'processing',
  'completed',
  'failed',
  'cancelled',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
export const IMPORT_OBJECTS = ['people', 'companies'] as const;
export type ImportObject = (typeof IMPORT_OBJECTS)[number];
export const IMPORT_FORMATS = ['csv', 'vcf'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const IMPORT_MODES = ['create', 'update', 'skip'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
/** A row whose owner is not an active member: rejected, or written as if its owner cell were empty. */
export const UNKNOWN_OWNERS = ['reject', 'ignore'] as const;
export type UnknownOwner = (typeof UNKNOWN_OWNERS)[number];

export interface ImportsTable {
  workspace_id: string;
  id: Generated<string>;
  number: ColumnType<string, string | number, never>;
  object_type: ImportObject;
  format: ImportFormat;
  filename: string | null;
  status: Generated<ImportStatus>;
  upload_token: string | null;
  size_bytes: ColumnType<string | null, string | number | null, string | number | null>;
  sha256: string | null;
  chunk_count: Generated<number>;
  encoding: string | null;
  delimiter: string | null;
  header: string[] | null;
  mapping: ColumnType<Record<string, string> | null, string | null, string | null>;
  dedupe: 'email' | 'domain' | null;
  mode: Generated<ImportMode>;
  /** How the file writes day and month as numbers; null: not said (migration 0041). */
  date_order: DateOrder | null;
  /** Phones without a +code in rows without a country are read in it; null: the workspace's (0043). */
  phone_country: string | null;
  /** A row whose owner is not an active member: rejected, or its owner cell ignored (0050). */
  unknown_owner: Generated<UnknownOwner>;
  /** Per pick-list column, the choice each of its texts is read as; null: none given (migration 0053). */
  /** The key of the unique custom field rows match on first (migration 0055). */
  match_on: string | null;
  value_readings: ColumnType<ValueReadings | null, string | null, string | null>;
  /** A retry's rows' numbers in the file first imported, in the order of its own (migration 0045). */
  source_rows: number[] | null;
  rows_done: Count;
  bytes_done: Count;
  created_count: Count;
  updated_count: Count;
  skipped_count: Count;
  rejected_count: Count;
  companies_created: Count;
  /** Rows that wrote a record an earlier row of the file had written too (migration 0052). */
  repeated_count: Count;
  /** Companies a company import placed under the parent their row named, and those it could not (0047). */
  parents_placed: Count;
  parents_unplaced: Count;
  error: string | null;
  created_by: string | null;
  started_at: Date | null;
  finished_at: Date | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
  run_id: string | null;
  /** The import whose rejected rows, fixed, this one holds (migration 0036). */
  retry_of: string | null;
  /** The API token the import was started with, if any; its writes name it (migration 0040). */
  api_token_id: string | null;
}

/** The rows each committed batch wrote (migration 0030). */
export interface ImportBatchesTable {
  workspace_id: string;
  import_id: string;
  first_row: ColumnType<string, string | number, never>;
  row_count: number;
  done: Buffer;
}

export interface ImportChunksTable {
  workspace_id: string;
  import_id: string;
  seq: number;
  data: Buffer;
}

export interface ImportRejectionsTable {
  workspace_id: string;
  import_id: string;
  row_number: ColumnType<string, string | number, never>;
  cells: string[];
  reason: string;
  /** The columns the reason names, whose cells are to fix (migration 0048). */
  columns: ColumnType<string[], string[] | undefined, string[]>;
  /** The import that took this row again, fixed (migration 0036). */
  retried_in: string | null;
}

/** The parent company each company an import wrote names, kept until the import ends (0047). */
export interface ImportParentsTable {
  workspace_id: string;
  import_id: string;
  company_id: string;
  row_number: ColumnType<string, string | number, never>;
  parent: string;
  /** The parent's name given beside its id, tried when the id finds nothing (0049). */
  parent_name: string | null;
  /** Why the import could not place the company under it; null until it tried. */
  problem: string | null;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    imports: ImportsTable;
    import_chunks: ImportChunksTable;
    import_batches: ImportBatchesTable;
    import_rejections: ImportRejectionsTable;
    import_parents: ImportParentsTable;
  }
}
