import { z } from 'zod';
import { FilterParam, IdsParam } from '../../platform/http/list-query.ts';
import { defineStreamRoute } from '../../platform/http/route.ts';
import { Id } from '../../platform/http/schemas.ts';
import { can } from '../access/index.ts';
import { LIFECYCLE_STAGES } from '../people/index.ts';
import type { ExportObject } from './exports.rules.ts';
import { exportRecords } from './exports.service.ts';

const Columns = z
  .string()
  .max(4000)
  .transform((raw) =>
    raw
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean),
  )
  .meta({
    description:
      'Comma-separated columns (API field names, customFields.<key>, and for a relation customFields.<key>.name: its record’s name, a person as "Name <e-mail>"); all by default.',
  });

const common = {
  format: z.enum(['csv', 'json', 'vcf']).default('csv').meta({
    description: 'csv (UTF-8, header of API field names), json (one array), or vcf (vCard 4.0, people only).',
  }),
  filter: FilterParam.optional(),
  sort: z
    .string()
    .regex(/^-?[a-zA-Z][a-zA-Z0-9.]{0,80}$/)
    .optional()
    .meta({
      description:
        'The list\'s sort (a field name, "-" first for descending), so the file reads as the list does; by id when left out.',
    }),
  columns: Columns.optional(),
  ids: IdsParam.optional(),
  bom: z.enum(['true', 'false']).optional().meta({
    description:
      'true starts a CSV with a UTF-8 byte-order mark, which Excel needs to read accents; other readers skip it.',
  }),
  labels: z.enum(['true', 'false']).optional().meta({
    description:
      'true writes a CSV for people: headers as they read them ("First name", a custom field’s label) and choices by their labels. The import maps both back.',
  }),
  ownerId: Id.optional(),
  tag: z.string().max(100).optional(),
};

const PeopleExportQuery = z.object({
  ...common,
  email: z.string().max(254).optional(),
  phone: z.string().max(40).optional(),
  lifecycleStage: z.enum(LIFECYCLE_STAGES).optional(),
  companyId: Id.optional(),
});

const CompaniesExportQuery = z.object({
  ...common,
  domain: z.string().max(253).optional(),
  parentId: Id.optional(),
});

const routeFor = (object: ExportObject) =>
  defineStreamRoute({
    method: 'get',
    path: `/${object}/export`,
    operationId: object === 'people' ? 'exportPeople' : 'exportCompanies',
    summary: `Export ${object} as CSV, JSON${object === 'people' ? ' or vCard' : ''}, streamed`,
    description:
      'The same filters as the list, and only the records your role reaches. Records are read in batches while the file is written, so a large export starts at once.',
    tag: object === 'people' ? 'People' : 'Companies',
    allow: can(object, 'read'),
    query: object === 'people' ? PeopleExportQuery : CompaniesExportQuery,
    responses: {
      200: {
        description: 'The file.',
        content: {
          'text/csv': z.string(),
          'application/json': z.array(z.record(z.string(), z.unknown())),
          ...(object === 'people' ? { 'text/vcard': z.string() } : {}),
        },
      },
    },
    async handler({ services, principal, query, requestId }) {
      const { format, columns, sort, bom, labels, ...filters } = query as z.infer<typeof PeopleExportQuery> &
        z.infer<typeof CompaniesExportQuery>;
      const raw = await exportRecords(services.db, principal, requestId, {
        object,
        format,
        query: filters,
        columns,
        sort,
        bom: bom === 'true',
        labels: labels === 'true',
      });
      return { status: 200, raw };
    },
  });

export const exportRoutes = [routeFor('people'), routeFor('companies')];
