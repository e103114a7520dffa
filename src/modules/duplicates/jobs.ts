import { inWorkspace } from '../../platform/db/transaction.ts';
import type { JobDefinition } from '../../platform/jobs/runner.ts';
import { scanDuplicates } from './duplicates.service.ts';

/** The scan of a large workspace, in the background (one statement; the pairs land together). */
export const scanJob: JobDefinition = {
  mode: 'external',
  timeoutSeconds: 3600,
  async handler(job, { db }) {
    const workspaceId = job.workspaceId;
    if (!workspaceId) throw new Error('scan job without a workspace');
    const objectType = job.payload.objectType === 'companies' ? 'companies' : 'people';
    await inWorkspace(db, { workspaceId, actor: { type: 'system', id: null }, via: 'job' }, (tx) =>
      scanDuplicates(tx, workspaceId, objectType),
    );
  },
};
