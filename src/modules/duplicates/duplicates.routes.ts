import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { PageQuery, pageOf } from '../../platform/http/pagination.ts';
import { accepted, created, defineRoute, ok, type Reply } from '../../platform/http/route.ts';
import { Id, IdParams, iso, RecordKind, Timestamp } from '../../platform/http/schemas.ts';
import { actorOf, can } from '../access/index.ts';
import { listCandidates, scanDuplicates, setCandidateStatus } from './duplicates.service.ts';
import { liveSummaries, mergedPairs, type RecordSummary, sharedValues } from './duplicates.summaries.ts';
import { queueDuplicateScan } from './jobs.ts';
import { MOVED_KINDS, previewMerge } from './merge.preview.ts';
import { mergeRecords, undoMerge } from './merge.service.ts';

const TAG = 'Duplicates';
/** Workspaces up to this size are scanned while you wait; bigger ones by a job. */
const SCAN_NOW = 20_000;

const Summary = z.object({ id: Id, name: z.string(), detail: z.string().nullable(), updatedAt: Timestamp });
const CandidateSchema = z
  .object({
    id: Id,
    objectType: RecordKind,
    reasons: z.array(z.string()),
    matches: z.array(z.object({ reason: z.string(), value: z.string() })).meta({
      description: 'What the pair shares, for the reasons that name a value (email, phone, domain).',
    }),
    score: z.number(),
    status: z.enum(['open', 'dismissed', 'merged']),
    records: z.array(Summary).meta({ description: 'Both records; once merged, the one kept comes first.' }),
    merge: z
      .object({
        id: Id,
        survivorId: Id,
        mergedId: Id,
        mergedAt: Timestamp,
        mergedBy: z.object({ id: Id, name: z.string().nullable() }).nullable(),
        undoable: z.boolean().meta({ description: 'Whether you may undo it now (POST /merges/{id}/undo).' }),
      })
      .nullable()
      .meta({ description: 'The merge that joined the pair: set when status is "merged".' }),
    createdAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'DuplicateCandidate' });
const MergeSchema = z
  .object({
    id: Id,
    objectType: RecordKind,
    survivorId: Id,
    mergedId: Id,
    moved: z.number().int(),
    createdAt: Timestamp,
    undoneAt: Timestamp.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Merge' });

type MergeRow = {
  id: string;
  object_type: 'people' | 'companies';
  survivor_id: string;
  merged_id: string;
  moved: unknown[];
  created_at: Date;
  undone_at: Date | null;
  version: number;
};
const presentMerge = (m: MergeRow): z.infer<typeof MergeSchema> => ({
  id: m.id,
  objectType: m.object_type,
  survivorId: m.survivor_id,
  mergedId: m.merged_id,
  moved: m.moved.length,
  createdAt: iso(m.created_at),
  undoneAt: m.undone_at ? iso(m.undone_at) : null,
  version: m.version,
});

const list = defineRoute({
  method: 'get',
  path: '/duplicates',
  operationId: 'listDuplicates',
  summary: 'Likely duplicates to review, most certain first',
  tag: TAG,
  allow: can('people', 'read'),
  query: PageQuery.extend({
    objectType: RecordKind.default('people'),
    status: z.enum(['open', 'dismissed', 'merged']).default('open'),
    recordId: Id.optional().meta({
      description: 'Only the pairs that hold this record (its page shows them).',
    }),
  }),
  responses: { 200: { description: 'A page of candidate pairs.', schema: pageOf(CandidateSchema) } },
  async handler({ tx, principal, query }) {
    const page = await listCandidates(tx, principal.workspaceId, query, {
      limit: query.limit,
      cursor: query.cursor,
    });
    const actor = actorOf(principal);
    const present = (
      r: (typeof page.rows)[number],
      records: [RecordSummary, RecordSummary],
      merge: z.infer<typeof CandidateSchema>['merge'],
      matches: { reason: string; value: string }[] = [],
    ): z.infer<typeof CandidateSchema> => ({
      id: r.id,
      objectType: r.object_type,
      reasons: r.reasons,
      matches,
      score: Number(r.score),
      status: r.status,
      records,
      merge,
      createdAt: iso(r.created_at),
      version: r.version,
    });
    if (query.status === 'merged') {
      const merged = await mergedPairs(tx, actor, query.objectType, page.rows);
      const data = page.rows.flatMap((r) => {
        const pair = merged.get(r.id);
        return pair ? [present(r, pair.records, pair.merge)] : [];
      });
      return ok({ data, nextCursor: page.nextCursor });
    }
    const records = await liveSummaries(
      tx,
      actor,
      query.objectType,
      page.rows.flatMap((r) => [r.first_id, r.second_id]),
    );
    const data = page.rows.flatMap((r) => {
      const first = records.get(r.first_id);
      const second = records.get(r.second_id);
      if (!first || !second) return [];
      const { keys: firstKeys, ...firstSummary } = first;
      const { keys: secondKeys, ...secondSummary } = second;
      return [
        present(r, [firstSummary, secondSummary], null, sharedValues(r.reasons, firstKeys, secondKeys)),
      ];
    });
    return ok({ data, nextCursor: page.nextCursor });
  },
});

const scan = defineRoute({
  method: 'post',
  path: '/duplicates/scan',
  operationId: 'scanDuplicates',
  summary: 'Look for duplicates now',
  description: `Small workspaces (up to ${SCAN_NOW} records) are scanned at once; bigger ones by a job (see /jobs). Nobody has to ask: an import that created or updated records, and a new demo workspace, queue a scan when they finish, and a daily sweep scans every workspace whose records changed since its last scan.`,
  tag: TAG,
  allow: can('people', 'update'),
  body: z.strictObject({ objectType: RecordKind }).meta({ example: { objectType: 'people' } }),
  responses: {
    200: { description: 'Scanned.', schema: z.object({ found: z.number().int() }) },
    202: { description: 'Scanning in the background.', schema: z.object({ jobId: z.string() }) },
  },
  async handler({ tx, principal, body }): Promise<Reply> {
    const count = await tx
      .selectFrom(body.objectType)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('workspace_id', '=', principal.workspaceId)
      .executeTakeFirstOrThrow();
    if (Number(count.n) <= SCAN_NOW)
      return ok({ found: await scanDuplicates(tx, principal.workspaceId, body.objectType) });
    const jobId = await queueDuplicateScan(tx, principal.workspaceId, body.objectType);
    return accepted({ jobId: jobId ?? 'already queued' });
  },
});

const setStatus = (status: 'dismissed' | 'open') =>
  defineRoute({
    method: 'post',
    path: `/duplicates/{id}/${status === 'dismissed' ? 'dismiss' : 'reopen'}`,
    operationId: status === 'dismissed' ? 'dismissDuplicate' : 'reopenDuplicate',
    summary:
      status === 'dismissed' ? 'Not duplicates: stop suggesting this pair' : 'Suggest a dismissed pair again',
    tag: TAG,
    allow: can('people', 'update'),
    params: IdParams,
    responses: { 200: { description: 'Done.', schema: z.object({ id: Id, status: z.string() }) } },
    async handler({ tx, principal, params }) {
      const row = await setCandidateStatus(tx, principal.workspaceId, params.id, status);
      return ok({ id: row.id, status: row.status });
    },
  });

const Choices = z.record(z.string().max(100), z.enum(['survivor', 'merged'])).default({});
const mergeRoute = (object: 'people' | 'companies') =>
  defineRoute({
    method: 'post',
    path: `/${object}/{id}/merge`,
    operationId: object === 'people' ? 'mergePeople' : 'mergeCompanies',
    summary: `Merge another ${object === 'people' ? 'person' : 'company'} into this one`,
    description:
      'Everything of both ends up on this record: history, deals, tickets, orders, links; contact details are united; for single fields this record wins unless empty or `choices` says "merged". Undo with POST /merges/{id}/undo.',
    tag: TAG,
    allow: can(object, 'update'),
    params: IdParams,
    body: z.strictObject({ mergedId: Id, choices: Choices }).meta({
      example: { mergedId: '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f', choices: { jobTitle: 'merged' } },
    }),
    responses: { 201: { description: 'Merged.', schema: MergeSchema } },
    async handler({ tx, principal, params, body }) {
      const merge = await mergeRecords(
        tx,
        actorOf(principal),
        object,
        params.id,
        body.mergedId,
        body.choices,
      );
      return created(presentMerge(merge), `/api/v1/merges/${merge.id}`, merge.version);
    },
  });

const PreviewSchema = z
  .object({
    survivorId: Id,
    mergedId: Id,
    moves: z.array(z.object({ kind: z.enum(MOVED_KINDS), count: z.number().int() })).meta({
      description:
        'What would land on this record, by kind: those of the other record not deleted and not already shared (a shared deal, an employment at the same company). People have activities, deals, tickets, orders, consents, tasks and employments; companies have activities, deals, orders, tasks, people, employments and subsidiaries.',
    }),
  })
  .meta({ id: 'MergePreview' });

const previewRoute = (object: 'people' | 'companies') =>
  defineRoute({
    method: 'get',
    path: `/${object}/{id}/merge-preview`,
    operationId: object === 'people' ? 'previewPeopleMerge' : 'previewCompaniesMerge',
    summary: `What merging another ${object === 'people' ? 'person' : 'company'} into this one would move`,
    description: `Counts, without merging, of what POST /${object}/{id}/merge with this mergedId would move onto this record. Anyone who may read both records may ask.`,
    tag: TAG,
    allow: can(object, 'read'),
    params: IdParams,
    query: z.object({ mergedId: Id }),
    responses: { 200: { description: 'What would move.', schema: PreviewSchema } },
    async handler({ tx, principal, params, query }) {
      const moves = await previewMerge(tx, actorOf(principal), object, params.id, query.mergedId);
      return ok({ survivorId: params.id, mergedId: query.mergedId, moves });
    },
  });

const getMerge = defineRoute({
  method: 'get',
  path: '/merges/{id}',
  operationId: 'getMerge',
  summary: 'Get a merge',
  tag: TAG,
  allow: can('people', 'read'),
  params: IdParams,
  responses: { 200: { description: 'The merge.', schema: MergeSchema } },
  async handler({ tx, principal, params }) {
    const row = await tx
      .selectFrom('merges')
      .selectAll()
      .where('workspace_id', '=', principal.workspaceId)
      .where('id', '=', params.id)
      .executeTakeFirst();
    if (!row) throw new AppError('not_found', 'No such merge.');
    return ok(presentMerge(row), row.version);
  },
});

const undo = defineRoute({
  method: 'post',
  path: '/merges/{id}/undo',
  operationId: 'undoMerge',
  summary: 'Undo a merge',
  tag: TAG,
  allow: can('people', 'update'),
  params: IdParams,
  responses: { 200: { description: 'Undone.', schema: MergeSchema } },
  async handler({ tx, principal, params }) {
    const row = await undoMerge(tx, actorOf(principal), params.id);
    return ok(presentMerge(row), row.version);
  },
});

export const duplicateRoutes = [
  list,
  scan,
  setStatus('dismissed'),
  setStatus('open'),
  mergeRoute('people'),
  mergeRoute('companies'),
  previewRoute('people'),
  previewRoute('companies'),
  getMerge,
  undo,
];
