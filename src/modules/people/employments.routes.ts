import { z } from 'zod';
import type { Tx } from '../../platform/db/transaction.ts';
import { bumped } from '../../platform/db/versioning.ts';
import { AppError } from '../../platform/errors.ts';
import { created, defineRoute, noContent, ok } from '../../platform/http/route.ts';
import { Id, IdParams, iso, Timestamp } from '../../platform/http/schemas.ts';
import { brokenReferences } from '../../platform/query/references.ts';
import { type Actor, actorOf, can } from '../access/index.ts';
import { findPerson } from './people.service.ts';

const TAG = 'People';

export const EmploymentSchema = z
  .object({
    id: Id,
    personId: Id,
    companyId: Id,
    companyName: z.string(),
    role: z.string().nullable(),
    startedOn: z.string().nullable(),
    endedOn: z.string().nullable(),
    primary: z.boolean().meta({ description: 'The person’s primary company (their companyId).' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Employment' });

export async function employmentsOf(tx: Tx, actor: Actor, personId: string) {
  const person = await findPerson(tx, actor, personId);
  const rows = await tx
    .selectFrom('employments as e')
    .innerJoin('companies as c', (j) =>
      j.onRef('c.workspace_id', '=', 'e.workspace_id').onRef('c.id', '=', 'e.company_id'),
    )
    .select([
      'e.id',
      'e.person_id',
      'e.company_id',
      'c.name as company_name',
      'e.role',
      'e.started_on',
      'e.ended_on',
      'e.created_at',
      'e.updated_at',
      'e.version',
    ])
    .where('e.workspace_id', '=', actor.workspaceId)
    .where('e.person_id', '=', personId)
    .where('c.deleted_at', 'is', null)
    .orderBy('e.started_on', 'desc')
    .orderBy('e.created_at', 'desc')
    .execute();
  return rows.map((e) => ({
    id: e.id,
    personId: e.person_id,
    companyId: e.company_id,
    companyName: e.company_name,
    role: e.role,
    startedOn: e.started_on,
    endedOn: e.ended_on,
    primary: e.company_id === person.company_id,
    createdAt: iso(e.created_at),
    updatedAt: iso(e.updated_at),
    version: e.version,
  }));
}

const Body = {
  role: z.string().trim().max(300).nullish(),
  startedOn: z.iso.date().nullish(),
  endedOn: z.iso.date().nullish(),
  primary: z.boolean().optional().meta({ description: 'Make this the person’s primary company.' }),
};

const list = defineRoute({
  method: 'get',
  path: '/people/{id}/employments',
  operationId: 'listEmployments',
  summary: 'The companies a person works or worked for',
  tag: TAG,
  allow: can('people', 'read'),
  params: IdParams,
  responses: { 200: { description: 'Newest first.', schema: z.object({ data: z.array(EmploymentSchema) }) } },
  async handler({ tx, principal, params }) {
    return ok({ data: await employmentsOf(tx, actorOf(principal), params.id) });
  },
});

const add = defineRoute({
  method: 'post',
  path: '/people/{id}/employments',
  operationId: 'addEmployment',
  summary: 'Record that a person works for a company',
  tag: TAG,
  allow: can('people', 'update'),
  params: IdParams,
  body: z.strictObject({ companyId: Id, ...Body }).meta({
    example: { companyId: '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f', role: 'CFO', startedOn: '2024-03-01' },
  }),
  responses: { 201: { description: 'Recorded.', schema: EmploymentSchema } },
  async handler({ tx, principal, params, body }) {
    const actor = actorOf(principal);
    await findPerson(tx, actor, params.id, 'update');
    const errors = await brokenReferences(tx, actor.workspaceId, [
      { kind: 'company', path: '/companyId', id: body.companyId },
    ]);
    if (errors.length > 0) throw new AppError('validation_failed', 'No such company.', { errors });
    const row = await tx
      .insertInto('employments')
      .values({
        workspace_id: actor.workspaceId,
        person_id: params.id,
        company_id: body.companyId,
        role: body.role ?? null,
        started_on: body.startedOn ?? null,
        ended_on: body.endedOn ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (body.primary) await makePrimary(tx, actor, params.id, body.companyId);
    const all = await employmentsOf(tx, actor, params.id);
    const json = all.find((e) => e.id === row.id);
    if (!json) throw new AppError('not_found', 'No such employment.');
    return created(json, `/api/v1/employments/${row.id}`, json.version);
  },
});

async function findEmployment(tx: Tx, actor: Actor, id: string) {
  const row = await tx
    .selectFrom('employments')
    .selectAll()
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such employment.');
  await findPerson(tx, actor, row.person_id, 'update');
  return row;
}

async function makePrimary(tx: Tx, actor: Actor, personId: string, companyId: string) {
  await tx
    .updateTable('people')
    .set({ company_id: companyId, ...bumped() })
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', personId)
    .execute();
}

const update = defineRoute({
  method: 'patch',
  path: '/employments/{id}',
  operationId: 'updateEmployment',
  summary: 'Change a role or its dates',
  tag: TAG,
  allow: can('people', 'update'),
  params: IdParams,
  body: z.strictObject(Body).meta({ example: { endedOn: '2026-06-30' } }),
  responses: { 200: { description: 'Updated.', schema: EmploymentSchema } },
  async handler({ tx, principal, params, body, ifMatch }) {
    const actor = actorOf(principal);
    const current = await findEmployment(tx, actor, params.id);
    if (ifMatch !== undefined && ifMatch !== current.version)
      throw new AppError('precondition_failed', 'The employment changed since you read it.');
    await tx
      .updateTable('employments')
      .set({
        ...(body.role !== undefined ? { role: body.role } : {}),
        ...(body.startedOn !== undefined ? { started_on: body.startedOn } : {}),
        ...(body.endedOn !== undefined ? { ended_on: body.endedOn } : {}),
        ...bumped(),
      })
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', params.id)
      .execute();
    if (body.primary) await makePrimary(tx, actor, current.person_id, current.company_id);
    const json = (await employmentsOf(tx, actor, current.person_id)).find((e) => e.id === params.id);
    if (!json) throw new AppError('not_found', 'No such employment.');
    return ok(json, json.version);
  },
});

const remove = defineRoute({
  method: 'delete',
  path: '/employments/{id}',
  operationId: 'deleteEmployment',
  summary: 'Remove a company from a person’s employments',
  description: 'If it was their primary company, they no longer have one.',
  tag: TAG,
  allow: can('people', 'update'),
  params: IdParams,
  responses: { 204: { description: 'Removed.' } },
  async handler({ tx, principal, params }) {
    const actor = actorOf(principal);
    const current = await findEmployment(tx, actor, params.id);
    await tx
      .deleteFrom('employments')
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', params.id)
      .execute();
    await tx
      .updateTable('people')
      .set({ company_id: null, ...bumped() })
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', current.person_id)
      .where('company_id', '=', current.company_id)
      .execute();
    return noContent();
  },
});

export const employmentRoutes = [list, add, update, remove];
