import { z } from 'zod';
import { apiTokenOf, type StaffPrincipal } from '../../platform/auth/principal.ts';
import type { Tx } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { FilterBody } from '../../platform/http/list-query.ts';
import { accepted, defineRoute, everyone, ok, type Reply } from '../../platform/http/route.ts';
import { Id } from '../../platform/http/schemas.ts';
import { enqueue } from '../../platform/jobs/queue.ts';
import { actorOf, can } from '../access/index.ts';
import { LIFECYCLE_STAGES } from '../people/index.ts';
import { BULK_JOB, type BulkPayload, findBulkJob } from './bulk.jobs.ts';
import { BulkJobSchema, presentBulkJob } from './bulk.present.ts';
import {
  applyAction,
  type BulkAction,
  type BulkObject,
  checkAction,
  SYNC_LIMIT,
  targetIds,
} from './bulk.service.ts';

const Tags = z.array(z.string().trim().min(1).max(100)).min(1).max(50);
const Action = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('setOwner'), ownerId: Id }),
  z.strictObject({ type: z.literal('addTags'), tags: Tags }),
  z.strictObject({ type: z.literal('removeTags'), tags: Tags }),
  z.strictObject({ type: z.literal('setStage'), stage: z.enum(LIFECYCLE_STAGES) }),
  z.strictObject({
    type: z.literal('setCustomField'),
    key: z
      .string()
      .min(1)
      .max(63)
      .meta({ description: 'The key of an active custom field of these records.' }),
    value: z.unknown().meta({
      description:
        'The value, as a record’s customFields takes it for this field (checked the same way); null clears it.',
    }),
  }),
  z.strictObject({ type: z.literal('delete') }),
]);

const Body = z
  .strictObject({
    ids: z.array(Id).min(1).max(1000).optional().meta({ description: 'A selection.' }),
    filter: FilterBody.optional().meta({ description: 'Every record matching this filter.' }),
    all: z
      .literal(true)
      .optional()
      .meta({ description: 'Every record you can see (when no filter is given).' }),
    action: Action,
  })
  .refine((b) => Boolean(b.ids) !== Boolean(b.filter || b.all), {
    message: 'Give either ids, or a filter (or all: true).',
    path: ['ids'],
  })
  .meta({
    example: {
      filter: { field: 'lifecycleStage', op: 'eq', value: 'lead' },
      action: { type: 'addTags', tags: ['nurture'] },
    },
  });

const Result = z.object({
  matched: z.number().int(),
  changed: z.number().int().optional(),
  denied: z.number().int().meta({ description: 'Matching records your role may not change (left alone).' }),
  jobId: z
    .string()
    .optional()
    .meta({ description: 'For large selections: the job doing the work (see /bulk-jobs/{id}).' }),
});

async function run(
  tx: Tx,
  principal: StaffPrincipal,
  object: BulkObject,
  body: z.infer<typeof Body>,
): Promise<Reply> {
  const actor = actorOf(principal);
  if (body.action.type === 'setStage' && object !== 'people')
    throw new AppError('validation_failed', 'Only people have a lifecycle stage.');
  const action = await checkAction(tx, actor, object, body.action as BulkAction);
  const target = { ids: body.ids, filter: body.filter };
  const selection = await targetIds(tx, actor, object, target, action, undefined, SYNC_LIMIT + 1);
  if (selection.matched <= SYNC_LIMIT) {
    const changed = await applyAction(tx, principal.workspaceId, object, selection.allowed, action);
    return ok({ matched: selection.matched, changed, denied: selection.denied });
  }
  const payload: BulkPayload = {
    object,
    target,
    action,
    actor: { userId: principal.userId, role: principal.role },
    apiTokenId: apiTokenOf(principal),
  };
  const jobId = await enqueue(tx, {
    kind: BULK_JOB,
    workspaceId: principal.workspaceId,
    payload: payload as never,
    maxAttempts: 5,
  });
  return accepted({ matched: selection.matched, denied: selection.denied, jobId });
}

const routeFor = (object: BulkObject) =>
  defineRoute({
    method: 'post',
    path: `/${object}/bulk`,
    operationId: object === 'people' ? 'bulkUpdatePeople' : 'bulkUpdateCompanies',
    summary: `Change many ${object} at once: owner, tags${object === 'people' ? ', stage' : ''}, a custom field or delete`,
    description: `On a selection (ids) or on every record of a filter. Up to ${SYNC_LIMIT} records at once; more run as a job. Records your role may not change are counted, not changed.`,
    tag: object === 'people' ? 'People' : 'Companies',
    allow: can(object, 'update'),
    body: Body,
    responses: {
      200: { description: 'Done.', schema: Result },
      202: { description: 'Started as a job.', schema: Result },
    },
    handler: ({ tx, principal, body }) => run(tx, principal, object, body),
  });

const getBulkJobRoute = defineRoute({
  method: 'get',
  path: '/bulk-jobs/{id}',
  operationId: 'getBulkJob',
  summary: 'Follow a bulk action that runs as a job',
  description:
    'Its state and how far it has come (processed of total), for the person who started it; the counts move once per batch.',
  tag: 'Jobs',
  // The job is its starter's, whatever their role: findBulkJob answers 404 to anyone else.
  allow: everyone,
  params: z.object({ id: z.string().regex(/^\d{1,18}$/) }),
  responses: { 200: { description: 'The job and its progress.', schema: BulkJobSchema } },
  async handler({ tx, principal, params }) {
    const job = await findBulkJob(tx, {
      workspaceId: principal.workspaceId,
      userId: principal.userId,
      id: params.id,
    });
    return ok(presentBulkJob(job));
  },
});

export const bulkRoutes = [routeFor('people'), routeFor('companies'), getBulkJobRoute];
