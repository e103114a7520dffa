import { z } from 'zod';
import { created, defineRoute, noContent, ok } from '../../platform/http/route.ts';
import { Id, IdParams, Timestamp } from '../../platform/http/schemas.ts';
import { actorOf, can } from '../access/index.ts';
import { addEmployment, employmentsOf, removeEmployment, updateEmployment } from './employments.service.ts';

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
    const json = await addEmployment(tx, actorOf(principal), params.id, body);
    return created(json, `/api/v1/employments/${json.id}`, json.version);
  },
});

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
    const json = await updateEmployment(tx, actorOf(principal), params.id, body, ifMatch);
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
    await removeEmployment(tx, actorOf(principal), params.id);
    return noContent();
  },
});

export const employmentRoutes = [list, add, update, remove];
