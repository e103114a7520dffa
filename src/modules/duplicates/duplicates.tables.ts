import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../platform/db/schema.ts';

type JsonColumn<T> = ColumnType<T, string, string>;

export interface DuplicateCandidatesTable {
  workspace_id: string;
  id: Generated<string>;
  object_type: 'people' | 'companies';
  first_id: string;
  second_id: string;
  reasons: string[];
  score: ColumnType<string, string | number, string | number>;
  status: Generated<'open' | 'dismissed' | 'merged'>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

/** When each kind of record was last scanned (0033_duplicate_scans.sql). */
export interface DuplicateScansTable {
  workspace_id: string;
  object_type: 'people' | 'companies';
  started_at: ColumnType<Date, Date | string, Date | string>;
}

export interface MergesTable {
  workspace_id: string;
  id: Generated<string>;
  object_type: 'people' | 'companies';
  survivor_id: string;
  merged_id: string;
  survivor_before: JsonColumn<Record<string, unknown>>;
  moved: JsonColumn<MovedRow[]>;
  merged_by: string | null;
  created_at: CreatedAt;
  undone_at: Date | null;
  undone_by: string | null;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

/**
 * A row the merge changed: repointed from the merged record to the survivor ('moved'), or removed
 * because the survivor already had the same link ('removed', kept whole to put back on undo).
 */
export interface MovedRow {
  table: string;
  column: string;
  key: Record<string, string>;
  action: 'moved' | 'removed';
  row?: Record<string, unknown>;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    duplicate_candidates: DuplicateCandidatesTable;
    merges: MergesTable;
    duplicate_scans: DuplicateScansTable;
  }
}
