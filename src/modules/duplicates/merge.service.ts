import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { bumped } from '../../platform/db/versioning.ts';
import { AppError, conflict } from '../../platform/errors.ts';
import { type Actor, assertMay } from '../access/index.ts';
import { refreshLastContact } from '../timeline/index.ts';
import type { MovedRow } from './duplicates.tables.ts';
import { foldEmployments, type MergeStep, restoreRewritten } from './merge.employments.ts';
import { COMPANY_REFERENCES, PERSON_REFERENCES, type Reference } from './merge.references.ts';
import { type Choice, pick, unite, uniteCustom } from './merge.rules.ts';

export type MergeObject = 'people' | 'companies';
const REFERENCES: Record<MergeObject, Reference[]> = {
  people: PERSON_REFERENCES,
  companies: COMPANY_REFERENCES,
};
const OBJECT_NAME: Record<MergeObject, string> = { people: 'person', companies: 'company' };

/** Columns a person or company row holds that a merge decides; generated ones follow by themselves. */
const SCALARS: Record<MergeObject, string[]> = {
  people: ['first_name', 'last_name', 'job_title', 'company_id', 'owner_id', 'lifecycle_stage', 'source'],
  companies: [
    'name',
    'industry',
    'employees',
    'annual_revenue',
    'phone',
    'website',
    'parent_id',
    'owner_id',
    'source',
  ],
};
const CAMEL = (column: string) => column.replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());

async function lockRow(tx: Tx, object: MergeObject, workspaceId: string, id: string) {
  const rows = await sql<
    Record<string, unknown>
  >`SELECT * FROM ${sql.table(object)} WHERE workspace_id = ${workspaceId} AND id = ${id}
    AND deleted_at IS NULL FOR UPDATE`.execute(tx);
  const row = rows.rows[0];
  if (!row) throw new AppError('not_found', `No such ${OBJECT_NAME[object]}.`);
  return row;
}

/**
 * Merges `mergedId` into `survivorId`: every interaction, deal, ticket, order and link of both ends up
 * on the survivor (employments at one company become one); contact details are united; for single
 * values the survivor's wins unless it is empty or `choices` picks the other's. The merged record is
 * hidden (not destroyed) and the merge is kept with what it changed, so it can be undone.
 */
export async function mergeRecords(
  tx: Tx,
  actor: Actor,
  object: MergeObject,
  survivorId: string,
  mergedId: string,
  choices: Record<string, Choice> = {},
) {
  if (survivorId === mergedId)
    throw new AppError('validation_failed', 'A record cannot be merged into itself.');
  const [first, second] = [survivorId, mergedId].sort();
  const a = await lockRow(tx, object, actor.workspaceId, first ?? survivorId);
  const b = await lockRow(tx, object, actor.workspaceId, second ?? mergedId);
  const survivor = a.id === survivorId ? a : b;
  const merged = a.id === survivorId ? b : a;
  await assertMay(tx, actor, object, 'update', survivor.owner_id as string | null, OBJECT_NAME[object]);
  await assertMay(tx, actor, object, 'delete', merged.owner_id as string | null, OBJECT_NAME[object]);

  const values: Record<string, unknown> = {};
  for (const column of SCALARS[object]) {
    values[column] = pick(survivor[column] ?? null, merged[column] ?? null, choices[CAMEL(column)]);
  }
  if (object === 'companies' && values.parent_id === survivorId) values.parent_id = survivor.parent_id;
  const list = (row: Record<string, unknown>, key: string) => (row[key] ?? []) as Record<string, unknown>[];
  if (object === 'people') {
    values.emails = JSON.stringify(
      unite(list(survivor, 'emails'), list(merged, 'emails'), (e) => String(e.address)),
    );
    values.phones = JSON.stringify(
      unite(list(survivor, 'phones'), list(merged, 'phones'), (p) => String(p.number)),
    );
  } else {
    values.domains = unite(survivor.domains as string[], merged.domains as string[], (d) => d);
  }
  values.addresses = JSON.stringify(
    unite(list(survivor, 'addresses'), list(merged, 'addresses'), (x) => JSON.stringify(x)),
  );
  values.tags = unite(survivor.tags as string[], merged.tags as string[], (t) => t);
  values.custom_fields = JSON.stringify(
    uniteCustom(
      survivor.custom_fields as Record<string, unknown>,
      merged.custom_fields as Record<string, unknown>,
      choices,
    ),
  );

  // Before the repointing, so the rows folded away are recorded as they were, on their own record.
  const moved = await foldEmployments(tx, actor.workspaceId, object, survivorId, mergedId);
  for (const reference of REFERENCES[object])
    moved.push(...(await repoint(tx, actor.workspaceId, reference, mergedId, survivorId)));
  await sql`UPDATE ${sql.table(object)} SET deleted_at = now(), merged_into_id = ${survivorId}, updated_at = now(), version = version + 1
    WHERE workspace_id = ${actor.workspaceId} AND id = ${mergedId}`.execute(tx);
  await tx
    .updateTable(object)
    .set({ ...values, ...bumped() } as never)
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', survivorId)
    .execute();
  // The merged person's contacts are the survivor's now: the later of the two lasts becomes theirs.
  if (object === 'people') await refreshLastContact(tx, actor.workspaceId, [survivorId]);
  await sql`UPDATE duplicate_candidates SET status = 'merged', updated_at = now(), version = version + 1
    WHERE workspace_id = ${actor.workspaceId} AND object_type = ${object} AND status = 'open'
      AND (first_id IN (${survivorId}, ${mergedId}) AND second_id IN (${survivorId}, ${mergedId}))`.execute(
    tx,
  );
  const before: Record<string, unknown> = {};
  for (const column of [
    ...SCALARS[object],
    object === 'people' ? 'emails' : 'domains',
    ...(object === 'people' ? ['phones'] : []),
    'addresses',
    'tags',
    'custom_fields',
  ]) {
    before[column] = survivor[column];
  }
  return tx
    .insertInto('merges')
    .values({
      workspace_id: actor.workspaceId,
      object_type: object,
      survivor_id: survivorId,
      merged_id: mergedId,
      survivor_before: JSON.stringify(before),
      moved: JSON.stringify(moved),
      merged_by: actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

async function repoint(
  tx: Tx,
  workspaceId: string,
  ref: Reference,
  from: string,
  to: string,
): Promise<MovedRow[]> {
  const rows = await sql<
    Record<string, unknown>
  >`SELECT * FROM ${sql.table(ref.table)} WHERE workspace_id = ${workspaceId}
    AND ${sql.ref(ref.column)} = ${from}`.execute(tx);
  const result: MovedRow[] = [];
  for (const row of rows.rows) {
    const key = Object.fromEntries(ref.key.map((k) => [k, String(row[k])]));
    const match = sql.join(
      ref.key.map((k) => sql`${sql.ref(k)} = ${key[k]}`),
      sql` AND `,
    );
    if (ref.link) {
      const clash =
        await sql`SELECT 1 FROM ${sql.table(ref.table)} WHERE workspace_id = ${workspaceId} AND ${sql.ref(ref.column)} = ${to}
        AND ${match}`.execute(tx);
      if (clash.rows.length > 0) {
        await sql`DELETE FROM ${sql.table(ref.table)} WHERE workspace_id = ${workspaceId} AND ${sql.ref(ref.column)} = ${from} AND ${match}`.execute(
          tx,
        );
        result.push({ table: ref.table, column: ref.column, key, action: 'removed', row });
        continue;
      }
    }
    const bump = ref.versioned ? sql`, updated_at = now(), version = version + 1` : sql``;
    await sql`UPDATE ${sql.table(ref.table)} SET ${sql.ref(ref.column)} = ${to}${bump} WHERE workspace_id = ${workspaceId}
      AND ${sql.ref(ref.column)} = ${from} AND ${match}`.execute(tx);
    result.push({ table: ref.table, column: ref.column, key, action: 'moved' });
  }
  return result;
}

/**
 * Undoes a merge: the merged record comes back, everything that was moved goes back to it, and the
 * survivor gets its own details back. What was added to the survivor since the merge stays with it.
 */
export async function undoMerge(tx: Tx, actor: Actor, mergeId: string) {
  const merge = await tx
    .selectFrom('merges')
    .selectAll()
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', mergeId)
    .forUpdate()
    .executeTakeFirst();
  if (!merge) throw new AppError('not_found', 'No such merge.');
  if (merge.undone_at) throw conflict('This merge was already undone.');
  const object = merge.object_type;
  const survivor = await lockRow(tx, object, actor.workspaceId, merge.survivor_id);
  await assertMay(tx, actor, object, 'update', survivor.owner_id as string | null, OBJECT_NAME[object]);
  // The survivor gives back what it took before the other record returns: a unique field's value
  // (an ID from another system) may be held by one live record at a time.
  const before = merge.survivor_before;
  const restore: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(before)) {
    restore[column] = ['emails', 'phones', 'addresses', 'custom_fields'].includes(column)
      ? JSON.stringify(value)
      : value;
  }
  await tx
    .updateTable(object)
    .set({ ...restore, ...bumped() } as never)
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', merge.survivor_id)
    .execute();
  await sql`UPDATE ${sql.table(object)} SET deleted_at = NULL, merged_into_id = NULL, updated_at = now(), version = version + 1
    WHERE workspace_id = ${actor.workspaceId} AND id = ${merge.merged_id} AND merged_into_id = ${merge.survivor_id}`.execute(
    tx,
  );
  const steps: MergeStep[] = merge.moved;
  for (const row of [...steps].reverse()) {
    if (row.action === 'rewritten') {
      await restoreRewritten(tx, actor.workspaceId, row);
      continue;
    }
    const match = sql.join(
      Object.entries(row.key).map(([k, v]) => sql`${sql.ref(k)} = ${v}`),
      sql` AND `,
    );
    if (row.action === 'moved') {
      await sql`UPDATE ${sql.table(row.table)} SET ${sql.ref(row.column)} = ${merge.merged_id} WHERE workspace_id = ${actor.workspaceId}
        AND ${sql.ref(row.column)} = ${merge.survivor_id} AND ${match}`.execute(tx);
    } else if (row.row) {
      const columns = Object.keys(row.row);
      await sql`INSERT INTO ${sql.table(row.table)} (${sql.join(columns.map((c) => sql.ref(c)))})
        SELECT ${sql.join(columns.map((c) => sql.ref(c)))} FROM json_populate_record(NULL::${sql.table(row.table)}, ${JSON.stringify(row.row)}::json)
        ON CONFLICT DO NOTHING`.execute(tx);
    }
  }
  if (object === 'people')
    await refreshLastContact(tx, actor.workspaceId, [merge.survivor_id, merge.merged_id]);
  // The two records are apart again: their pair goes back to review rather than staying "merged".
  await sql`UPDATE duplicate_candidates SET status = 'open', updated_at = now(), version = version + 1
    WHERE workspace_id = ${actor.workspaceId} AND object_type = ${object} AND status = 'merged'
      AND first_id IN (${merge.survivor_id}, ${merge.merged_id}) AND second_id IN (${merge.survivor_id}, ${merge.merged_id})`.execute(
    tx,
  );
  return tx
    .updateTable('merges')
    .set({ undone_at: sql`now()`, undone_by: actor.userId, ...bumped() })
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', mergeId)
    .returningAll()
    .executeTakeFirstOrThrow();
}
