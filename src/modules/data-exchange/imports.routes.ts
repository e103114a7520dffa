import iconv from 'iconv-lite';
import { z } from 'zod';
import { PageQuery, pageOf } from '../../platform/http/pagination.ts';
import {
  accepted,
  created,
  defineRoute,
  defineStreamRoute,
  noContent,
  ok,
} from '../../platform/http/route.ts';
import { IdParams } from '../../platform/http/schemas.ts';
import { cleanCountry } from '../people/index.ts';
import { DELIMITERS } from './csv.rules.ts';
import { IMPORTS_TAG, mayImport, mayReadImports } from './imports.access.ts';
import { fixRoutes } from './imports.fix.routes.ts';
import { ImportSchema, presentImport, ValueReadingsSchema } from './imports.present.ts';
import {
  cancelImport,
  createImport,
  discardImport,
  findImport,
  listImports,
  previewImport,
  startImport,
} from './imports.service.ts';
import { IMPORT_FORMATS, IMPORT_MODES, IMPORT_OBJECTS, UNKNOWN_OWNERS } from './imports.tables.ts';
import { MAX_IMPORT_BYTES, receiveUpload } from './imports.upload.ts';
import { columnValues, MAX_LISTED_TEXTS } from './imports.values.ts';
import { DATE_ORDERS } from './values.rules.ts';

const TAG = IMPORTS_TAG;
const WHO_SEES =
  'Roles that read every kind of record in full (admins, managers, viewers) see every import of the workspace; others see their own.';

const Encoding = z
  .string()
  .max(40)
  .refine((e) => iconv.encodingExists(e), 'Unknown encoding.')
  .meta({ description: 'An encoding name such as utf-8, windows-1252, iso-8859-15, utf-16le.' });
const Delimiter = z.enum(DELIMITERS).meta({ description: 'One of , ; | or a tab.' });
// The people's rule, so "uk" is GB here too.
const PhoneCountry = z
  .string()
  .max(10)
  .transform((code, ctx) => {
    const checked = cleanCountry(code);
    if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.reason });
    return checked.ok ? checked.value : code;
  })
  .meta({
    description:
      'The country phone numbers without a +code are read in, when their row gives no country (ISO 3166 code: FR, DE, GB…). Without it, the workspace’s default country.',
  });

const CreateBody = z
  .strictObject({
    object: z.enum(IMPORT_OBJECTS),
    format: z.enum(IMPORT_FORMATS).default('csv'),
    filename: z.string().trim().min(1).max(255).optional(),
  })
  .meta({ example: { object: 'people', format: 'csv', filename: 'contacts.csv' } });

const StartBody = z
  .strictObject({
    mapping: z
      .record(z.string().max(500), z.string().max(200).nullable())
      .optional()
      .meta({ description: 'Column → field (null: not imported). Without it, the proposed mapping.' }),
    dedupe: z.enum(['email', 'domain']).nullable().optional().meta({
      description: 'Match rows to existing records: people by e-mail (any of theirs), companies by domain.',
    }),
    mode: z.enum(IMPORT_MODES).optional().meta({
      description:
        'With dedupe, what a matching row does: update the record (default), skip it, or create a new one anyway.',
    }),
    dateOrder: z.enum(DATE_ORDERS).nullable().optional().meta({
      description:
        'How the file writes dates of day and month as numbers: dayFirst (05/12/2023 is 5 December) or monthFirst (May 12). Without it, a date that reads both ways is rejected, its reason naming both readings; ISO dates and dates with the month by name read the same either way.',
    }),
    phoneCountry: PhoneCountry.nullable().optional(),
    unknownOwner: z.enum(UNKNOWN_OWNERS).optional().meta({
      description:
        'A row whose owner (a member’s e-mail, full name or user id) is not an active member of this workspace, as in a file from another CRM: reject the row (default), or ignore its owner cell (a new record is then owned by whoever started the import; a record it updates keeps its owner).',
    }),
    matchOn: z.string().max(63).nullable().optional().meta({
      description:
        'With dedupe, the key of a unique custom field (an ID from another system, mapped from a column) to match rows by first: a row whose value a record holds updates (or skips) that record; a row without a value, or whose value no record holds, is matched by e-mail (people) or domain (companies). A row matched by e-mail or domain to a record holding another value is rejected.',
    }),
    values: ValueReadingsSchema.optional(),
    encoding: Encoding.optional(),
    delimiter: Delimiter.optional(),
  })
  .meta({
    example: {
      mapping: { 'First Name': 'firstName', 'Last Name': 'lastName', Email: 'email', Notes: null },
      dedupe: 'email',
      mode: 'update',
    },
  });

const PreviewSchema = z
  .object({
    encoding: z.string(),
    delimiter: Delimiter,
    header: z.array(z.string()),
    rows: z.array(z.array(z.string())).meta({ description: 'The first 20 rows, as read.' }),
    proposedMapping: z.record(z.string(), z.string().nullable()),
    fields: z
      .array(
        z.object({
          key: z.string(),
          label: z.string(),
          type: z.string().meta({
            description:
              'How its cells are read, in custom fields’ words: a custom field’s type (date, number, …); for a built-in field the type it reads as (phone, email, dateTime, number, url, longText; select for the lifecycle stage, member for the owner, country for the first address’s country; else text).',
          }),
          unique: z.boolean().optional().meta({
            description: 'A unique custom field: the start body’s matchOn may name it.',
          }),
        }),
      )
      .meta({ description: 'What columns can fill.' }),
  })
  .meta({ id: 'ImportPreview' });

const create = defineRoute({
  method: 'post',
  path: '/imports',
  operationId: 'createImport',
  summary: 'Start an import: then upload its file, preview, and start it',
  tag: TAG,
  allow: mayImport,
  body: CreateBody,
  responses: { 201: { description: 'Created, waiting for its file.', schema: ImportSchema } },
  async handler({ tx, principal, body }) {
    const row = await createImport(tx, principal, body);
    return created(presentImport(row), `/api/v1/imports/${row.id}`);
  },
});

const list = defineRoute({
  method: 'get',
  path: '/imports',
  operationId: 'listImports',
  summary: 'List imports, newest first',
  description: WHO_SEES,
  tag: TAG,
  allow: mayReadImports,
  query: PageQuery,
  responses: { 200: { description: 'A page of imports.', schema: pageOf(ImportSchema) } },
  async handler({ tx, principal, query }) {
    const page = await listImports(tx, principal, query);
    return ok({ data: page.rows.map(presentImport), nextCursor: page.nextCursor });
  },
});

const get = defineRoute({
  method: 'get',
  path: '/imports/{id}',
  operationId: 'getImport',
  summary: 'An import: its status, progress and counts',
  tag: TAG,
  allow: mayReadImports,
  params: IdParams,
  responses: { 200: { description: 'The import.', schema: ImportSchema } },
  async handler({ tx, principal, params }) {
    // No ETag: the job moves an import's status, progress and counts without a new version, so a
    // browser revalidating with one would be told "304" and keep showing "Importing…" forever.
    const row = await findImport(tx, principal, params.id);
    return ok(presentImport(row));
  },
});

const upload = defineStreamRoute({
  method: 'put',
  path: '/imports/{id}/file',
  operationId: 'uploadImportFile',
  summary: `Upload the import's file (up to ${MAX_IMPORT_BYTES / 1024 ** 3} GiB), as the raw body`,
  description:
    'Streamed into the database as it arrives. Uploading again replaces the file, until the import starts.',
  tag: TAG,
  allow: mayImport,
  params: IdParams,
  upload: {
    contentTypes: ['text/csv', 'text/vcard', 'application/octet-stream'],
    description: 'The file itself.',
  },
  responses: {
    200: { description: 'Uploaded: size, SHA-256 and what the file looks like.', schema: ImportSchema },
  },
  async handler({ services, principal, params, context, requestId }) {
    const body = context.req.raw.body as AsyncIterable<Uint8Array> | null;
    const row = await receiveUpload(services.db, principal, requestId, params.id, body);
    return ok(presentImport(row));
  },
});

const preview = defineRoute({
  method: 'get',
  path: '/imports/{id}/preview',
  operationId: 'previewImport',
  summary: 'The detected encoding and delimiter, the header, the first rows and a proposed mapping',
  tag: TAG,
  allow: mayImport,
  params: IdParams,
  query: z.object({ encoding: Encoding.optional(), delimiter: Delimiter.optional() }),
  responses: { 200: { description: 'What the file looks like.', schema: PreviewSchema } },
  async handler({ tx, principal, params, query }) {
    const row = await findImport(tx, principal, params.id);
    return ok(await previewImport(tx, row, query));
  },
});

const ChoiceSchema = z.object({ value: z.string(), label: z.string() });

const ColumnValuesSchema = z
  .object({
    column: z.string(),
    field: z.string().nullable(),
    choices: z.array(ChoiceSchema).meta({ description: 'What the field can hold.' }),
    rows: z.number().int().meta({ description: 'Rows whose cell in the column is not blank.' }),
    values: z
      .array(
        z.object({
          text: z.string(),
          rows: z.number().int(),
          proposed: z.string().nullable().meta({
            description: 'The choice value it is read as unless told otherwise; null: its rows are rejected.',
          }),
        }),
      )
      .meta({
        description: `Each distinct text (an item of a list, for a multi-select), most frequent first, then in the order the file gives them; at most ${MAX_LISTED_TEXTS}.`,
      }),
    unlisted: z
      .number()
      .int()
      .meta({ description: `Cells giving a text beyond the first ${MAX_LISTED_TEXTS} distinct ones.` }),
  })
  .meta({ id: 'ImportColumnValues' });

const values = defineStreamRoute({
  method: 'get',
  path: '/imports/{id}/values',
  operationId: 'importColumnValues',
  summary:
    'The texts a column gives a field with choices, read from the whole file, and how each will be read',
  description:
    'For the lifecycle stage, select or multi-select custom fields, the owner (its choices the active members) and the country (ISO codes). Give the readings you want with the start (`values`); a text you do not name is read as proposed here.',
  tag: TAG,
  allow: mayImport,
  params: IdParams,
  query: z.object({
    column: z.string().min(1).max(500).meta({ description: 'A column of the file, as its header names it.' }),
    field: z.string().min(1).max(200).optional().meta({
      description:
        'The field it would fill (lifecycleStage, customFields.tier). Without it, the column’s texts as written, none proposed: the choices of a field to make from the column.',
    }),
    encoding: Encoding.optional(),
    delimiter: Delimiter.optional(),
  }),
  responses: { 200: { description: 'The column’s values.', schema: ColumnValuesSchema } },
  async handler({ services, principal, params, query, requestId }) {
    return ok(await columnValues(services.db, principal, requestId, params.id, query));
  },
});

const start = defineRoute({
  method: 'post',
  path: '/imports/{id}/start',
  operationId: 'startImport',
  summary: 'Fix the mapping and dedupe choice, and process the file in the background',
  tag: TAG,
  allow: mayImport,
  params: IdParams,
  body: StartBody,
  responses: { 202: { description: 'Queued; follow it with GET /imports/{id}.', schema: ImportSchema } },
  async handler({ tx, principal, params, body }) {
    return accepted(presentImport(await startImport(tx, principal, params.id, body)));
  },
});

const cancel = defineRoute({
  method: 'post',
  path: '/imports/{id}/cancel',
  operationId: 'cancelImport',
  summary: 'Cancel an import',
  description: 'Processing stops after the batch in flight; what was already written stays.',
  tag: TAG,
  allow: mayImport,
  params: IdParams,
  responses: { 200: { description: 'Cancelled.', schema: ImportSchema } },
  async handler({ tx, principal, params }) {
    return ok(presentImport(await cancelImport(tx, principal, params.id)));
  },
});

const discard = defineRoute({
  method: 'delete',
  path: '/imports/{id}',
  operationId: 'discardImport',
  summary: 'Discard an import that has not started, and its uploaded file',
  description:
    'Only while it awaits its file or its mapping (409 once started: a started import stays, as the history of what it wrote).',
  tag: TAG,
  allow: mayImport,
  params: IdParams,
  responses: { 204: { description: 'Discarded.' } },
  async handler({ tx, principal, params }) {
    await discardImport(tx, principal, params.id);
    return noContent();
  },
});

export const importRoutes = [
  create,
  list,
  get,
  upload,
  preview,
  values,
  start,
  cancel,
  discard,
  ...fixRoutes,
];
