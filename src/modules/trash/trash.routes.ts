import { z } from 'zod';
import type { Tx } from '../../platform/db/transaction.ts';
import { PageQuery, pageOf } from '../../platform/http/pagination.ts';
import { defineRoute, ok } from '../../platform/http/route.ts';
import { Id, IdParams, iso, Timestamp } from '../../platform/http/schemas.ts';
import { type Actor, actorOf, can } from '../access/index.ts';
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

const NOUNS: Record<TrashObject, { one: string; many: string; tag: string; op: string; opOne: string }> = {
  people: { one: 'person', many: 'people', tag: 'People', op: 'People', opOne: 'Person' },
  companies: { one: 'company', many: 'companies', tag: 'Companies', op: 'Companies', opOne: 'Company' },
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

/** How a restored record is read back and shown: the same as its own `GET`. */
const RESTORED = {
  people: {
    schema: PersonSchema,
    async present(tx: Tx, actor: Actor, id: string) {
      const row = await findPerson(tx, actor, id);
      const { definitions } = await writeContext(tx, actor.workspaceId);
      return { body: presentPerson(row, definitions), version: row.version };
    },
    description:
      'Brings a deleted person back, with everything that was theirs (history, deals, tickets, consents). 409 when they are not deleted, were merged into another (undo the merge), or hold a unique value another person has taken since.',
  },
  companies: {
    schema: CompanySchema,
    async present(tx: Tx, actor: Actor, id: string) {
      const row = await findCompany(tx, actor, id);
      const { definitions } = await companyContext(tx, actor.workspaceId);
      return { body: presentCompany(row, definitions), version: row.version };
    },
    description:
      'Brings a deleted company back, with its people, history, deals and place in its hierarchy. 409 when it is not deleted, was merged into another (undo the merge), or holds a unique value another company has taken since.',
  },
} as const;

function restoreRoute<O extends TrashObject>(object: O) {
  const noun = NOUNS[object];
  const restored = RESTORED[object];
  return defineRoute({
    method: 'post',
    path: `/${object}/{id}/restore`,
    operationId: `restore${noun.opOne}`,
    summary: `Restore a deleted ${noun.one}`,
    description: restored.description,
    tag: noun.tag,
    allow: can(object, 'delete'),
    params: IdParams,
    responses: { 200: { description: 'Restored.', schema: restored.schema } },
    async handler({ tx, principal, params }) {
      const actor = actorOf(principal);
      await restoreRecord(tx, actor, object, params.id);
      const { body, version } = await restored.present(tx, actor, params.id);
      return ok(body, version);
    },
  });
}

export const trashRoutes = [
  listRoute('people'),
  listRoute('companies'),
  restoreSinceRoute('people'),
  restoreSinceRoute('companies'),
  restoreRoute('people'),
  restoreRoute('companies'),
];
