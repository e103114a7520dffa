import { z } from 'zod';
import { PageQuery, pageOf } from '../../platform/http/pagination.ts';
import { created, defineRoute, defineStreamRoute, ok } from '../../platform/http/route.ts';
import { IdParams } from '../../platform/http/schemas.ts';
import { IMPORTS_TAG, mayImport, mayReadImports } from './imports.access.ts';
import { unplacedParentsPage } from './imports.parents.ts';
import { ImportSchema, presentImport, RejectionSchema, UnplacedParentSchema } from './imports.present.ts';
import { MAX_GROUPS, rejectedCsv, rejectionGroupsOf, rejectionsPage } from './imports.rejected.ts';
import {
  importColumns,
  MAX_CELL_CHARS,
  MAX_RETRY_CELLS,
  MAX_RETRY_ROWS,
  retryRejectedRows,
} from './imports.retry.ts';
import { UNKNOWN_OWNERS } from './imports.tables.ts';
import { DATE_ORDERS } from './values.rules.ts';

/** After a run: its rejected rows read, grouped, downloaded, and fixed as a new import. */
const rejected = defineStreamRoute({
  method: 'get',
  path: '/imports/{id}/rejected',
  operationId: 'downloadRejectedRows',
  summary: 'The rejected rows as CSV: the original columns plus `reason`',
  tag: IMPORTS_TAG,
  allow: mayReadImports,
  params: IdParams,
  responses: { 200: { description: 'CSV, UTF-8.', content: { 'text/csv': z.string() } } },
  async handler({ services, principal, params, requestId }) {
    return { status: 200, raw: await rejectedCsv(services.db, principal, requestId, params.id) };
  },
});

const rejections = defineRoute({
  method: 'get',
  path: '/imports/{id}/rejections',
  operationId: 'listImportRejections',
  summary: 'The rejected rows with their reasons, in the file’s order',
  description: 'The same rows as `/imports/{id}/rejected`, as JSON pages for reading on screen.',
  tag: IMPORTS_TAG,
  allow: mayReadImports,
  params: IdParams,
  query: PageQuery.extend({
    about: z.string().max(300).optional().meta({
      description:
        'Only the rows whose reason is about this (a column or field, as GET /imports/{id}/rejection-groups names them); empty: the rows whose reason names none.',
    }),
  }),
  responses: { 200: { description: 'A page of rejected rows.', schema: pageOf(RejectionSchema) } },
  async handler({ tx, principal, params, query }) {
    return ok(await rejectionsPage(tx, principal, params.id, query));
  },
});

const unplacedParents = defineRoute({
  method: 'get',
  path: '/imports/{id}/unplaced-parents',
  operationId: 'listImportUnplacedParents',
  summary:
    'The companies a company import wrote but could not place under the parent company their row named',
  description:
    'The rows themselves were written; only the hierarchy is missing: a parent that was not found (by id, domain or name) or that would make a loop. In the file’s order.',
  tag: IMPORTS_TAG,
  allow: mayReadImports,
  params: IdParams,
  query: PageQuery,
  responses: { 200: { description: 'A page of companies.', schema: pageOf(UnplacedParentSchema) } },
  async handler({ tx, principal, params, query }) {
    return ok(await unplacedParentsPage(tx, principal, params.id, query));
  },
});

const GroupSchema = z
  .object({
    about: z.string().meta({
      description:
        'The column or field the reasons name ("Email", "Owner"), or a reason\'s own first words; empty for reasons that name none. Give it as `about` to GET /imports/{id}/rejections.',
    }),
    count: z.number().int(),
    unfixed: z.number().int().meta({ description: 'Of those, the rows not yet sent again fixed.' }),
  })
  .meta({ id: 'ImportRejectionGroup' });

const rejectionGroups = defineRoute({
  method: 'get',
  path: '/imports/{id}/rejection-groups',
  operationId: 'listImportRejectionGroups',
  summary: 'The rejected rows counted by what their reasons are about, most first',
  description: `So rows with one problem can be read and fixed together. A row whose reason names several columns counts in the group of each. At most ${MAX_GROUPS} groups.`,
  tag: IMPORTS_TAG,
  allow: mayReadImports,
  params: IdParams,
  responses: { 200: { description: 'The groups.', schema: z.object({ data: z.array(GroupSchema) }) } },
  async handler({ tx, principal, params }) {
    return ok({ data: await rejectionGroupsOf(tx, principal, params.id) });
  },
});

const RetryBody = z
  .strictObject({
    rows: z
      .array(
        z.strictObject({
          row: z.number().int().min(1).meta({ description: 'The rejected row’s number, as listed.' }),
          cells: z
            .array(z.string().max(MAX_CELL_CHARS))
            .max(MAX_RETRY_CELLS)
            .meta({ description: 'Every cell of the row, fixed, one per column of the import’s header.' }),
        }),
      )
      .min(1)
      .max(MAX_RETRY_ROWS),
    dateOrder: z.enum(DATE_ORDERS).nullable().optional().meta({
      description:
        'How the new import reads dates written as numbers (05/12/2023): dayFirst, monthFirst, or null for neither (such a date that reads both ways is rejected). Without it, as the original import did.',
    }),
    unknownOwner: z.enum(UNKNOWN_OWNERS).optional().meta({
      description:
        'A row whose owner is not an active member: reject it again, or ignore its owner cell (a new record is owned by whoever retries). Without it, as the original import did.',
    }),
  })
  .meta({ example: { rows: [{ row: 3, cells: ['ada@example.com', 'Ada', 'Lovelace'] }] } });

const retry = defineRoute({
  method: 'post',
  path: '/imports/{id}/retry',
  operationId: 'retryImportRejections',
  summary: 'Import rejected rows again, fixed: a new import of the same columns, mapping and dedupe choice',
  description: `Up to ${MAX_RETRY_ROWS} rows of a finished CSV import, each at most once. The new import is queued like a started one and names this one in \`retryOf\`; rows it rejects again are listed on it.`,
  tag: IMPORTS_TAG,
  allow: mayImport,
  params: IdParams,
  body: RetryBody,
  responses: { 201: { description: 'Queued; follow it with GET /imports/{id}.', schema: ImportSchema } },
  async handler({ tx, principal, params, body }) {
    const row = await retryRejectedRows(
      tx,
      principal,
      params.id,
      body.rows,
      body.dateOrder,
      body.unknownOwner,
    );
    return created(presentImport(row), `/api/v1/imports/${row.id}`);
  },
});

const ColumnSchema = z
  .object({
    index: z.number().int(),
    column: z.string(),
    field: z.string().nullable().meta({ description: 'The field the column fills; null: not imported.' }),
    label: z.string().nullable().meta({ description: 'That field’s label.' }),
    choices: z.array(z.string()).nullable().meta({
      description:
        'For a field with choices (lifecycle stage, select, multi-select), the labels of its choices; null for any other.',
    }),
    multiple: z.boolean().meta({ description: 'A cell lists several choices (a multi-select).' }),
    unique: z
      .boolean()
      .meta({ description: 'The field is a unique custom field (the import’s matchOn may name it).' }),
    readings: z
      .array(z.object({ text: z.string(), value: z.string().nullable(), label: z.string().nullable() }))
      .nullable()
      .meta({
        description:
          'How the import was told to read this column’s texts (its start body’s values): each text, the choice it became (null: left empty) and that choice’s label; null: none were given, texts were read as proposed.',
      }),
  })
  .meta({ id: 'ImportColumn' });

const columns = defineRoute({
  method: 'get',
  path: '/imports/{id}/columns',
  operationId: 'listImportColumns',
  summary: 'The import’s columns, each with the field it fills: what a rejected row’s cells mean',
  tag: IMPORTS_TAG,
  allow: mayReadImports,
  params: IdParams,
  responses: {
    200: { description: 'The header in order.', schema: z.object({ data: z.array(ColumnSchema) }) },
  },
  async handler({ tx, principal, params }) {
    return ok(await importColumns(tx, principal, params.id));
  },
});

export const fixRoutes = [rejected, rejections, rejectionGroups, unplacedParents, columns, retry];
