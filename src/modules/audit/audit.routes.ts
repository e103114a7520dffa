import { z } from 'zod';
import { PageQuery, pageOf } from '../../platform/http/pagination.ts';
import { defineRoute, ok } from '../../platform/http/route.ts';
import { Id, Timestamp } from '../../platform/http/schemas.ts';
import { can } from '../access/index.ts';
import { AuditEntrySchema, AuditObjectType, presentAuditEntry } from './audit.present.ts';
import { getAuditEntry, listAuditEntries, referencedNames } from './audit.service.ts';

const TAG = 'Audit log';

const list = defineRoute({
  method: 'get',
  path: '/audit-log',
  operationId: 'listAuditLog',
  summary: 'Read the audit trail',
  description:
    'Every create, update and delete in the workspace, newest first, with who, when, through what, and each field before and after. Filter by recordId for one record’s history (a person’s or company’s holds the entries of the merges it took part in, objectType "merge", and of the possible duplicates that pair it, objectType "duplicateCandidate"), by apiTokenId for everything one API token changed.',
  tag: TAG,
  allow: can('auditLog', 'read'),
  query: PageQuery.extend({
    recordId: z.string().max(100).optional(),
    objectType: AuditObjectType.optional(),
    actorId: Id.optional(),
    apiTokenId: Id.optional().meta({
      description: 'Only the changes made with this API token, revoked ones too.',
    }),
    action: z.enum(['created', 'updated', 'deleted']).optional(),
    since: Timestamp.optional(),
    until: Timestamp.optional(),
  }),
  responses: { 200: { description: 'A page of entries.', schema: pageOf(AuditEntrySchema) } },
  async handler({ tx, principal, query }) {
    const { limit, cursor, ...filter } = query;
    const objectType = filter.objectType?.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);
    const page = await listAuditEntries(tx, {
      workspaceId: principal.workspaceId,
      filter: { ...filter, objectType },
      limit,
      cursor,
    });
    const names = await referencedNames(tx, principal.workspaceId, page.rows);
    return ok({ data: page.rows.map((row) => presentAuditEntry(row, names)), nextCursor: page.nextCursor });
  },
});

const get = defineRoute({
  method: 'get',
  path: '/audit-log/{id}',
  operationId: 'getAuditEntry',
  summary: 'Get one audit entry',
  tag: TAG,
  allow: can('auditLog', 'read'),
  params: z.object({ id: z.string().regex(/^\d{1,18}$/) }),
  responses: { 200: { description: 'The entry.', schema: AuditEntrySchema } },
  async handler({ tx, principal, params }) {
    const row = await getAuditEntry(tx, principal.workspaceId, params.id);
    return ok(presentAuditEntry(row, await referencedNames(tx, principal.workspaceId, [row])));
  },
});

export const auditRoutes = [list, get];
