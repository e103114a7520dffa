import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { bumped } from '../../platform/db/versioning.ts';
import type { MovedRow } from './duplicates.tables.ts';
import { foldStints, type Stint } from './merge.rules.ts';

/** An employment that others were folded into: its values as they were, put back on undo. */
export interface RewrittenRow {
  table: 'employments';
  key: { id: string };
  action: 'rewritten';
  row: Omit<Stint, 'id'>;
}

/** What a merge records of each row it changed, in order, so undo can walk it back. */
export type MergeStep = MovedRow | RewrittenRow;

/**
 * Merging two people who both worked at one company (or two companies one person worked at) would
 * leave two employments of that person there, both shown as primary since "primary" is derived from
 * people.company_id. They become one before the merge repoints the rest (see foldStints); the rows
 * folded away are kept whole and the kept one's values recorded, so undo restores each exactly.
 */
export async function foldEmployments(
  tx: Tx,
  workspaceId: string,
  object: 'people' | 'companies',
  survivorId: string,
  mergedId: string,
): Promise<MergeStep[]> {
  const side = object === 'people' ? 'person_id' : 'company_id';
  const across = object === 'people' ? 'company_id' : 'person_id';
  const rows = await tx
    .selectFrom('employments as e')
    .select(['e.id', 'e.person_id', 'e.company_id', 'e.role', 'e.started_on', 'e.ended_on'])
    // As JSON text from PostgreSQL, so a restored row keeps its timestamps to the microsecond.
    .select(sql<Record<string, unknown>>`to_jsonb(e)`.as('whole'))
    .where('e.workspace_id', '=', workspaceId)
    .where(`e.${side}`, 'in', [survivorId, mergedId])
    .orderBy('e.created_at')
    .orderBy('e.id')
    .forUpdate()
    .execute();
  const groups = new Map<string, typeof rows>();
  for (const row of rows) groups.set(row[across], [...(groups.get(row[across]) ?? []), row]);
  const steps: MergeStep[] = [];
  for (const group of groups.values()) {
    const own = group.filter((row) => row[side] === survivorId);
    const theirs = group.filter((row) => row[side] === mergedId);
    if (own.length > 0 && theirs.length > 0) steps.push(...(await fold(tx, workspaceId, side, own, theirs)));
  }
  return steps;
}

type Folded = Stint & { whole: Record<string, unknown> };

async function fold(
  tx: Tx,
  workspaceId: string,
  side: 'person_id' | 'company_id',
  own: Folded[],
  theirs: Folded[],
): Promise<MergeStep[]> {
  const { id: keptId, ...values } = foldStints(own, theirs);
  const kept = own.find((row) => row.id === keptId);
  if (!kept) return [];
  const gone = [...own, ...theirs].filter((row) => row !== kept);
  await tx
    .deleteFrom('employments')
    .where('workspace_id', '=', workspaceId)
    .where(
      'id',
      'in',
      gone.map((row) => row.id),
    )
    .execute();
  const steps: MergeStep[] = gone.map((row) => ({
    table: 'employments',
    column: side,
    key: { id: row.id },
    action: 'removed',
    row: row.whole,
  }));
  const { role, started_on, ended_on } = kept;
  if (values.role === role && values.started_on === started_on && values.ended_on === ended_on) return steps;
  await tx
    .updateTable('employments')
    .set({ ...values, ...bumped() })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', kept.id)
    .execute();
  return [
    ...steps,
    { table: 'employments', key: { id: kept.id }, action: 'rewritten', row: { role, started_on, ended_on } },
  ];
}

/** Undo of a fold: the kept employment gets its own values back (its version still moves on). */
export async function restoreRewritten(tx: Tx, workspaceId: string, step: RewrittenRow) {
  await tx
    .updateTable('employments')
    .set({ ...step.row, ...bumped() })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', step.key.id)
    .execute();
}
