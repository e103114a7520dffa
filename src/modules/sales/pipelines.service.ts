import type { Tx } from '../../platform/db/transaction.ts';
import { invalid, notFound } from '../../platform/errors.ts';

export interface StageSpec {
  name: string;
  probability: number;
  outcome: 'open' | 'won' | 'lost';
}

/** A sensible first pipeline, created the first time a workspace needs one. */
export const DEFAULT_STAGES: StageSpec[] = [
  { name: 'Qualification', probability: 10, outcome: 'open' },
  { name: 'Needs analysis', probability: 30, outcome: 'open' },
  { name: 'Proposal', probability: 60, outcome: 'open' },
  { name: 'Negotiation', probability: 80, outcome: 'open' },
  { name: 'Won', probability: 100, outcome: 'won' },
  { name: 'Lost', probability: 0, outcome: 'lost' },
];

export async function listPipelines(tx: Tx, workspaceId: string) {
  const pipelines = await tx
    .selectFrom('pipelines')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  const stages = await tx
    .selectFrom('pipeline_stages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .execute();
  return pipelines.map((p) => ({ ...p, stages: stages.filter((s) => s.pipeline_id === p.id) }));
}

export async function createPipeline(
  tx: Tx,
  workspaceId: string,
  input: { name: string; stages: StageSpec[] },
) {
  if (!input.stages.some((s) => s.outcome === 'open'))
    throw invalid('/stages', 'A pipeline needs at least one open stage.');
  const pipeline = await tx
    .insertInto('pipelines')
    .values({ workspace_id: workspaceId, name: input.name })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('pipeline_stages')
    .values(
      input.stages.map((s, position) => ({
        workspace_id: workspaceId,
        pipeline_id: pipeline.id,
        position,
        ...s,
      })),
    )
    .execute();
  const all = await listPipelines(tx, workspaceId);
  const created = all.find((p) => p.id === pipeline.id);
  if (!created) throw notFound('pipeline');
  return created;
}

export async function defaultPipeline(tx: Tx, workspaceId: string) {
  const existing = await listPipelines(tx, workspaceId);
  return existing[0] ?? createPipeline(tx, workspaceId, { name: 'Sales pipeline', stages: DEFAULT_STAGES });
}

/** The stage must belong to the pipeline; its outcome decides the deal's status. */
export async function stageOf(tx: Tx, workspaceId: string, pipelineId: string, stageId: string) {
  const stage = await tx
    .selectFrom('pipeline_stages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', stageId)
    .executeTakeFirst();
  if (!stage || stage.pipeline_id !== pipelineId)
    throw invalid('/stageId', 'No such stage in this pipeline.');
  return stage;
}
