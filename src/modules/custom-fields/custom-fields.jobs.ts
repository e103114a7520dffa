import { sql } from 'kysely';
import { inWorkspace } from '../../platform/db/transaction.ts';
import type { JobDefinition } from '../../platform/jobs/runner.ts';
import { forgetDefinitions } from './custom-fields.service.ts';

const BATCH = 5000;

/** Removes a deleted field's values from every record, a batch per transaction, then the field. */
export const purgeFieldJob: JobDefinition = {
  mode: 'external',
  timeoutSeconds: 3600,
  async handler(job, { db, signal }) {
    const workspaceId = job.workspaceId;
    if (!workspaceId) throw new Error('purge job without a workspace');
    const { fieldId, objectType, key } = job.payload as { fieldId: string; objectType: string; key: string };
    const table = objectType === 'people' ? 'people' : 'companies';
    const context = { workspaceId, actor: { type: 'system' as const, id: null }, via: 'job' as const };
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
