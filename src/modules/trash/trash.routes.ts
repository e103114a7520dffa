import { z } from 'zod';
import { PageQuery, pageOf } from '../../platform/http/pagination.ts';
import { defineRoute, ok } from '../../platform/http/route.ts';
import { Id, IdParams, iso, Timestamp } from '../../platform/http/schemas.ts';
import { actorOf, can } from '../access/index.ts';
import { CompanySchema, companyContext, findCompany, presentCompany } from '../companies/index.ts';
import { findPerson, PersonSchema, presentPerson, writeContext } from '../people/index.ts';
import { listDeleted, restoreRecord, restoreSince, type TrashObject } from './trash.service.ts';

const DeletedRecordSchema = z
  .object({
    id: Id,
    name: z.string(),
    detail: z.string().nullable().meta({ description: 'A person’s e-mail, a company’s domain.' }),
    ownerId: Id.nullable(),
    deletedAt: Timestamp,
    deletedBy: z
      .object({ type: z.string(), id: z.string().nullable(), name: z.string().nullable() })
      .nullable()
      .meta({
        description:
          'Who deleted it, from the audit trail: a member (type user, with their id and name as now) or another actor, such as system; null when the trail has no entry.',
      }),
  })
  .meta({ id: 'DeletedRecord' });

const NOUNS: Record<TrashObject, { one: string; many: string; tag: string; op: string }> = {
  people: { one: 'person', many: 'people', tag: 'People', op: 'People' },
  companies: { one: 'company', many: 'companies', tag: 'Companies', op: 'Companies' },
};

function listRoute(object: TrashObject) {
  const noun = NOUNS[object];
  return defineRoute({
    method: 'get',
    path: `/${object}/deleted`,
    operationId: `listDeleted${noun.op}`,
    summary: `List deleted ${noun.many}`,
    description: `The ${noun.many} deleted in this workspace that you may restore (those your role may delete), most recently deleted first. Records merged into another are not among them: undo the merge instead.`,
    tag: noun.tag,
    allow: can(object, 'delete'),
    query: PageQuery.extend({
      q: z
        .string()
        .trim()
        .max(200)
        .optional()
        .meta({ description: `Part of a name, or of ${object === 'people' ? 'an e-mail' : 'a domain'}.` }),
    }),
    responses: {
      200: { description: `A page of deleted ${noun.many}.`, schema: pageOf(DeletedRecordSchema) },
    },
    async handler({ tx, principal, query }) {
      const { limit, cursor, q } = query;
      const page = await listDeleted(tx, actorOf(principal), object, { limit, cursor, q });
      return ok({
        data: page.rows.map((r) => ({ ...r, deletedAt: iso(r.deletedAt) })),
        nextCursor: page.nextCursor,
      });
    },
  });
}

const RestoredSinceSchema = z
  .object({
    restored: z.number().int().meta({ description: 'How many came back.' }),
    skipped: z.array(z.object({ id: Id, name: z.string(), reason: z.string() })).meta({
      description:
        'Left deleted: a unique value of theirs belongs to a live record now, or to a record deleted after them that comes back instead.',
    }),
  })
  .meta({ id: 'RestoredSince' });

function restoreSinceRoute(object: TrashObject) {
  const noun = NOUNS[object];
  return defineRoute({
    method: 'post',
    path: `/${object}/deleted/restore`,
    operationId: `restoreDeleted${noun.op}`,
    summary: `Restore every ${noun.one} deleted since a moment`,
    description: `Brings back, in one go, the deleted ${noun.many} you may restore whose deletion is at or after \`since\` (a \`deletedAt\` of the list): the way back from a bulk delete made by mistake. One whose unique value another record holds now stays deleted and is listed in \`skipped\`.`,
    tag: noun.tag,
    allow: can(object, 'delete'),
    body: z.object({ since: Timestamp }).meta({ example: { since: '2026-12-06T09:41:07.512Z' } }),
    responses: { 200: { description: 'Restored.', schema: RestoredSinceSchema } },
    async handler({ tx, principal, body }) {
      return ok(await restoreSince(tx, actorOf(principal), object, new Date(body.since)));
    },
  });
}

const restorePerson = defineRoute({
  method: 'post',
  path: '/people/{id}/restore',
  operationId: 'restorePerson',
  summary: 'Restore a deleted person',
  description:
    'Brings a deleted person back, with everything that was theirs (history, deals, tickets, consents). 409 when they are not deleted, were merged into another (undo the merge), or hold a unique value another person has taken since.',
  tag: 'People',
  allow: can('people', 'delete'),
  params: IdParams,
  responses: { 200: { description: 'Restored.', schema: PersonSchema } },
  async handler({ tx, principal, params }) {
    const actor = actorOf(principal);
    await restoreRecord(tx, actor, 'people', params.id);
    const row = await findPerson(tx, actor, params.id);
    const { definitions } = await writeContext(tx, actor.workspaceId);
    return ok(presentPerson(row, definitions), row.version);
  },
});

const restoreCompany = defineRoute({
  method: 'post',
  path: '/companies/{id}/restore',
  operationId: 'restoreCompany',
  summary: 'Restore a deleted company',
  description:
    'Brings a deleted company back, with its people, history, deals and place in its hierarchy. 409 when it is not deleted, was merged into another (undo the merge), or holds a unique value another company has taken since.',
  tag: 'Companies',
  allow: can('companies', 'delete'),
  params: IdParams,
  responses: { 200: { description: 'Restored.', schema: CompanySchema } },
  async handler({ tx, principal, params }) {
    const actor = actorOf(principal);
    await restoreRecord(tx, actor, 'companies', params.id);
    const row = await findCompany(tx, actor, params.id);
    const { definitions } = await companyContext(tx, actor.workspaceId);
    return ok(presentCompany(row, definitions), row.version);
  },
});

export const trashRoutes = [
  listRoute('people'),
  listRoute('companies'),
  restoreSinceRoute('people'),
  restoreSinceRoute('companies'),
  restorePerson,
  restoreCompany,
];
