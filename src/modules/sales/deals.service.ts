import { sql } from 'kysely';
import { presentColumns } from '../../platform/db/columns.ts';
import { idsOrNone } from '../../platform/db/in-list.ts';
import type { Tx } from '../../platform/db/transaction.ts';
import { assertVersion, bumped, locks, type ReadFor, softDelete } from '../../platform/db/versioning.ts';
import { AppError } from '../../platform/errors.ts';
import { fetchPage, nullSortKey } from '../../platform/http/pagination.ts';
import { brokenReferences } from '../../platform/query/references.ts';
import { type Actor, assertMay, visibleOwners } from '../access/index.ts';
import { defaultPipeline, stageOf } from './pipelines.service.ts';

export interface DealInput {
  name?: string | undefined;
  amount?: number | undefined;
  currency?: string | undefined;
  pipelineId?: string | undefined;
  stageId?: string | undefined;
  closeDate?: string | null | undefined;
  companyId?: string | null | undefined;
  personIds?: string[] | undefined;
  ownerId?: string | null | undefined;
}

export function dealQuery(tx: Tx, workspaceId: string) {
  return tx
    .selectFrom('deals as d')
    .innerJoin('pipeline_stages as s', (j) =>
      j.onRef('s.workspace_id', '=', 'd.workspace_id').onRef('s.id', '=', 'd.stage_id'),
    )
    .select([
      'd.id',
      'd.name',
      'd.amount',
      'd.currency',
      'd.pipeline_id',
      'd.stage_id',
      's.name as stage_name',
      's.probability',
      'd.status',
      'd.close_date',
      'd.company_id',
      'd.owner_id',
      'd.source',
      'd.created_at',
      'd.updated_at',
      'd.version',
      'd.closed_at',
      sql<string[]>`coalesce((SELECT array_agg(dp.person_id ORDER BY dp.person_id) FROM deal_people dp
        WHERE dp.workspace_id = d.workspace_id AND dp.deal_id = d.id), '{}')`.as('person_ids'),
    ])
    .where('d.workspace_id', '=', workspaceId)
    .where('d.deleted_at', 'is', null);
}
export type DealRow = Awaited<ReturnType<ReturnType<typeof dealQuery>['executeTakeFirstOrThrow']>>;

export async function findDeal(tx: Tx, actor: Actor, id: string, action: ReadFor = 'read') {
  const row = await dealQuery(tx, actor.workspaceId)
    .where('d.id', '=', id)
    .$if(locks(action), (q) => q.forUpdate('d'))
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such deal.');
  await assertMay(tx, actor, 'deals', action, row.owner_id, 'deal');
  return row;
}

export async function createDeal(tx: Tx, actor: Actor, input: DealInput & { name: string }) {
  const pipeline = input.pipelineId ? { id: input.pipelineId } : await defaultPipeline(tx, actor.workspaceId);
  const stageId = input.stageId ?? (await firstOpenStage(tx, actor.workspaceId, pipeline.id));
  const stage = await stageOf(tx, actor.workspaceId, pipeline.id, stageId);
  await checkLinks(tx, actor, input);
  const currency =
    input.currency ??
    (
      await tx
        .selectFrom('workspaces')
        .select('default_currency')
        .where('id', '=', actor.workspaceId)
        .executeTakeFirstOrThrow()
    ).default_currency;
  const row = await tx
    .insertInto('deals')
    .values({
      workspace_id: actor.workspaceId,
      name: input.name,
      amount: input.amount ?? 0,
      currency,
      pipeline_id: pipeline.id,
      stage_id: stage.id,
      status: stage.outcome,
      close_date: input.closeDate ?? null,
      company_id: input.companyId ?? null,
      owner_id: input.ownerId === undefined ? actor.userId : input.ownerId,
      closed_at: stage.outcome === 'open' ? null : new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await setPeople(tx, actor.workspaceId, row.id, input.personIds ?? []);
  return findDeal(tx, actor, row.id);
}

export async function updateDeal(
  tx: Tx,
  actor: Actor,
  id: string,
  input: DealInput,
  expectedVersion: number | undefined,
) {
  const current = await findDeal(tx, actor, id, 'update');
  assertVersion(expectedVersion, current.version, 'deal');
  await checkLinks(tx, actor, input);
  const pipelineId = input.pipelineId ?? current.pipeline_id;
  const stage =
    input.stageId || input.pipelineId
      ? await stageOf(
          tx,
          actor.workspaceId,
          pipelineId,
          input.stageId ?? (await firstOpenStage(tx, actor.workspaceId, pipelineId)),
        )
      : undefined;
  const statusChanged = stage && stage.outcome !== current.status;
  await tx
    .updateTable('deals')
    .set({
      ...presentColumns('deals', input, {
        name: 'name',
        amount: 'amount',
        currency: 'currency',
        closeDate: 'close_date',
        companyId: 'company_id',
        ownerId: 'owner_id',
      }),
      ...(stage ? { pipeline_id: pipelineId, stage_id: stage.id, status: stage.outcome } : {}),
      ...(statusChanged ? { closed_at: stage.outcome === 'open' ? null : new Date() } : {}),
      ...bumped(),
    })
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', id)
    .execute();
  if (input.personIds) await setPeople(tx, actor.workspaceId, id, input.personIds);
  return findDeal(tx, actor, id);
}

export async function deleteDeal(tx: Tx, actor: Actor, id: string, expectedVersion: number | undefined) {
  const current = await findDeal(tx, actor, id, 'delete');
  assertVersion(expectedVersion, current.version, 'deal');
  await softDelete(tx, 'deals', actor.workspaceId, id);
}

export async function listDeals(
  tx: Tx,
  actor: Actor,
  filter: {
    personId?: string | undefined;
    companyId?: string | undefined;
    status?: string | undefined;
    pipelineId?: string | undefined;
    ownerId?: string | undefined;
  },
  page: { limit: number; cursor: string | undefined; sort: string },
) {
  let select = dealQuery(tx, actor.workspaceId);
  const owners = await visibleOwners(tx, actor, 'deals', 'read');
  if (owners !== 'all') select = select.where('d.owner_id', 'in', idsOrNone(owners));
  if (filter.personId) {
    select = select.where(
      sql<boolean>`EXISTS (SELECT 1 FROM deal_people dp WHERE dp.workspace_id = d.workspace_id AND dp.deal_id = d.id AND dp.person_id = ${filter.personId})`,
    );
  }
  if (filter.companyId) select = select.where('d.company_id', '=', filter.companyId);
  if (filter.status) select = select.where('d.status', '=', filter.status as 'open');
  if (filter.pipelineId) select = select.where('d.pipeline_id', '=', filter.pipelineId);
  if (filter.ownerId) select = select.where('d.owner_id', '=', filter.ownerId);
  return fetchPage(select, {
    ...page,
    columns: {
      updatedAt: sql`d.updated_at`,
      createdAt: sql`d.created_at`,
      amount: sql`d.amount`,
      closeDate: nullSortKey('d.close_date', sql`'-infinity'::date`),
    },
    idColumn: 'd.id',
  });
}

async function firstOpenStage(tx: Tx, workspaceId: string, pipelineId: string) {
  const stage = await tx
    .selectFrom('pipeline_stages')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('pipeline_id', '=', pipelineId)
    .where('outcome', '=', 'open')
    .orderBy('position')
    .executeTakeFirst();
  if (!stage)
    throw new AppError('validation_failed', 'No such pipeline.', {
      errors: [{ path: '/pipelineId', message: 'No such pipeline.' }],
    });
  return stage.id;
}

async function checkLinks(tx: Tx, actor: Actor, input: DealInput) {
  const errors = await brokenReferences(tx, actor.workspaceId, [
    { kind: 'company', path: '/companyId', id: input.companyId },
    ...(input.personIds ?? []).map((id, i) => ({ kind: 'person' as const, path: `/personIds/${i}`, id })),
    { kind: 'member', path: '/ownerId', id: input.ownerId },
  ]);
  if (errors.length) throw new AppError('validation_failed', 'The deal is not valid.', { errors });
}

async function setPeople(tx: Tx, workspaceId: string, dealId: string, personIds: string[]) {
  await tx
    .deleteFrom('deal_people')
    .where('workspace_id', '=', workspaceId)
    .where('deal_id', '=', dealId)
    .where('person_id', 'not in', idsOrNone(personIds))
    .execute();
  if (personIds.length === 0) return;
  await tx
    .insertInto('deal_people')
    .values(
      [...new Set(personIds)].map((personId) => ({
        workspace_id: workspaceId,
        deal_id: dealId,
        person_id: personId,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}
