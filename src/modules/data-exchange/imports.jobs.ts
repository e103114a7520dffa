import { inWorkspace } from '../../platform/db/transaction.ts';
import type { JobDefinition } from '../../platform/jobs/runner.ts';
import { LEASE_SECONDS } from './imports.commit.ts';
import { failImport, importContext, processImport } from './imports.process.ts';
import { IMPORT_MAX_ATTEMPTS } from './imports.service.ts';

/**
 * Processes an import. External: it commits batch by batch itself (a transactional job would hold
 * one transaction for the whole file). When its last attempt fails, the import says so and keeps its
 * file, so retrying the job from Settings resumes after the last committed batch.
 */
export const importJob: JobDefinition = {
  mode: 'external',
  timeoutSeconds: LEASE_SECONDS,
  async handler(job, { db, signal, logger }) {
    const importId = job.payload.importId;
    const workspaceId = job.workspaceId;
    if (!workspaceId || typeof importId !== 'string')
      throw new Error('an import job needs a workspace and an import');
    try {
      await processImport(db, workspaceId, importId, { signal, logger, jobId: job.id });
    } catch (error) {
      if (job.attempt >= IMPORT_MAX_ATTEMPTS) {
        const row = await inWorkspace(
          db,
          { workspaceId, actor: { type: 'system', id: null }, via: 'job' },
          (tx) =>
            tx
              .selectFrom('imports')
              .selectAll()
              .where('workspace_id', '=', workspaceId)
              .where('id', '=', importId)
              .executeTakeFirst(),
        );
        if (row)
          await failImport(
            db,
            importContext(row),
            importId,
            `Stopped after ${job.attempt} attempts: ${(error as Error).message}`,
            true,
          );
      }
      throw error;
    }
  },
};
