import { type RawBuilder, sql } from 'kysely';
import { AppError } from '../errors.ts';
import type { Tx } from './transaction.ts';

/** The columns every update of a versioned record sets: the ETag changes with the version. */
export function bumped(): { updated_at: RawBuilder<Date>; version: RawBuilder<number> } {
  return { updated_at: sql<Date>`now()`, version: sql<number>`version + 1` };
}

/**
 * Why a record is read: to show it, or to change it. A read to change locks the row (`FOR UPDATE`)
 * until the transaction ends, so that a second writer waits and then reads what the first wrote: an
 * `If-Match` check never passes twice for one version, and a change merged into the record (custom
 * fields key by key, a team's members) never starts from a copy another transaction is replacing.
 */
export type ReadFor = 'read' | 'update' | 'delete';

export const locks = (why: ReadFor): boolean => why !== 'read';

/**
 * `If-Match` given and stale → 412. Not given → the change applies to whatever is current. `actual`
 * comes from a read that locked the row (`ReadFor`).
 */
export function assertVersion(expected: number | undefined, actual: number, what = 'record'): void {
  if (expected !== undefined && expected !== actual) {
    throw new AppError(
      'precondition_failed',
      `The ${what} changed since you read it (version ${actual}, not ${expected}). Read it again.`,
    );
  }
}

/** Records that deleting hides rather than destroys (the audit trail keeps what they were). */
export type SoftDeletable = 'people' | 'companies' | 'deals' | 'tasks' | 'activities';

/** Hides a record: a change like any other, so its version (and ETag) moves on. */
export async function softDelete(
  tx: Tx,
  table: SoftDeletable,
  workspaceId: string,
  id: string,
): Promise<void> {
  await sql`UPDATE ${sql.table(table)} SET deleted_at = now(), updated_at = now(), version = version + 1
            WHERE workspace_id = ${workspaceId} AND id = ${id}`.execute(tx);
}
