import { sql } from 'kysely';
import { inWorkspace, type TenantContext } from '../../platform/db/transaction.ts';
import type { JobDefinition } from '../../platform/jobs/runner.ts';
import { isSortable } from './custom-fields.query.ts';
import {
  forgetDefinitions,
  getCustomField,
  type PurgeFieldPayload,
  toDefinition,
} from './custom-fields.service.ts';
import { buildSortIndex, dropSortIndex, SORT_INDEX_FROM, tableOf } from './custom-fields.sort-index.ts';

const BATCH = 5000;

function jobContext(workspaceId: string | null, apiTokenId?: string): TenantContext {
  if (!workspaceId) throw new Error('custom field job without a workspace');
  return { workspaceId, actor: { type: 'system', id: null }, via: 'job', apiTokenId };
}

/**
 * Removes a deleted field's values from every record, a batch per transaction, then the field; the
 * audit trail names the API token the deletion was asked with, if it was, with each change.
 */
export const purgeFieldJob: JobDefinition = {
  mode: 'external',
  timeoutSeconds: 3600,
  async handler(job, { db, signal }) {
    const { fieldId, objectType, key, apiTokenId } = job.payload as unknown as PurgeFieldPayload;
    const context = jobContext(job.workspaceId, apiTokenId);
    const { workspaceId } = context;
    const table = tableOf(objectType);
    // First, so that the batches below do not update an index about to go.
    await dropSortIndex(db, fieldId);
    for (;;) {
      if (signal.aborted) throw new Error('stopped');
      const changed = await inWorkspace(db, context, async (tx) => {
        const result = await sql`
          UPDATE ${sql.table(table)} SET custom_fields = custom_fields - ${key}::text, updated_at = now(), version = version + 1
          WHERE workspace_id = ${workspaceId} AND id IN (
            SELECT id FROM ${sql.table(table)} WHERE workspace_id = ${workspaceId} AND custom_fields ? ${key}::text LIMIT ${BATCH})`.execute(
          tx,
        );
        return Number(result.numAffectedRows ?? 0);
      });
      if (changed === 0) break;
    }
    await inWorkspace(db, context, (tx) =>
      tx
        .deleteFrom('custom_fields')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', fieldId)
        .execute(),
    );
    forgetDefinitions(workspaceId);
  },
};

/** Builds a sortable field's index when its workspace holds enough records to need one. */
export const sortIndexJob: JobDefinition = {
  mode: 'external',
  timeoutSeconds: 3600,
  async handler(job, { db, signal }) {
    const context = jobContext(job.workspaceId);
    const { workspaceId } = context;
    const { fieldId } = job.payload as { fieldId: string };
    const found = await inWorkspace(db, context, async (tx) => {
      const row = await getCustomField(tx, workspaceId, fieldId).catch(() => undefined);
      if (!row) return undefined;
      const counted = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM (
          SELECT 1 FROM ${sql.table(tableOf(row.object_type))}
          WHERE workspace_id = ${workspaceId} AND deleted_at IS NULL LIMIT ${SORT_INDEX_FROM}) AS live`.execute(
        tx,
      );
      return { row, large: (counted.rows[0]?.n ?? 0) >= SORT_INDEX_FROM };
    });
    if (!found?.large || signal.aborted) return;
    const definition = toDefinition(found.row);
    if (!isSortable(definition)) return;
    await buildSortIndex(db, workspaceId, found.row.object_type, definition);
    forgetDefinitions(workspaceId);
  },
};
