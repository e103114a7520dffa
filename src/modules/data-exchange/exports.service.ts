import type { StaffPrincipal } from '../../platform/auth/principal.ts';
import { tenantContextOf } from '../../platform/auth/principal.ts';
import type { Db } from '../../platform/db/connect.ts';
import { inWorkspace, type Tx } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { actorOf } from '../access/index.ts';
import { companyContext, listCompanies, matchingCompanies, presentCompany } from '../companies/index.ts';
import type { CustomFieldDefinition } from '../custom-fields/index.ts';
import {
  listPeople,
  matchingPeople,
  noRecordIds,
  type PeopleQuery,
  presentPerson,
  recordNames,
  writeContext,
} from '../people/index.ts';
import {
  csvLines,
  type ExportObject,
  type ExportRefs,
  exportColumns,
  personHandle,
  pickJson,
} from './exports.rules.ts';
import { personToVCard } from './vcard.rules.ts';

/**
 * Exports stream: records are read in keyset batches (by id, or in the list's sort), each in its own
 * short transaction, and written as they come, so an export of a million people neither holds a
 * connection nor memory. The export is not one snapshot: a record changed while it runs appears as it
 * was when its batch was read.
 */
export const EXPORT_BATCH = 1000;
export type ExportFormat = 'csv' | 'json' | 'vcf';

type Record_ = Parameters<typeof pickJson>[0];
type CompaniesQuery = Parameters<typeof matchingCompanies>[2];
interface Page {
  records: Record_[];
  definitions: CustomFieldDefinition[];
  /** The names of the records the batch's relation fields point at, by id (CSV only). */
  names?: ReadonlyMap<string, string>;
  /** Where the next batch starts (the last id, or the list's cursor); undefined after the last. */
  next: string | undefined;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  vcf: 'text/vcard; charset=utf-8',
};

export interface ExportRequest {
  object: ExportObject;
  format: ExportFormat;
  query: PeopleQuery & CompaniesQuery;
  columns: string[] | undefined;
  /** The list's sort; by id when undefined. */
  sort?: string | undefined;
  /** Start a CSV with a byte-order mark: Excel reads UTF-8 without one as its local code page. */
  bom?: boolean | undefined;
  /** CSV headers and choices as people read them (labels), rather than as programs do (API names). */
  labels?: boolean | undefined;
}

export async function exportRecords(
  db: Db,
  principal: StaffPrincipal,
  requestId: string,
  request: ExportRequest,
): Promise<Response> {
  if (request.format === 'vcf' && request.object !== 'people')
    throw new AppError('validation_failed', 'vCards hold people.', {
      errors: [{ path: '/query/format', message: 'vcf exports people only.' }],
    });
  const read = pageReader(db, principal, requestId, request);
  // The first page is read before answering, so a bad filter is a 400, not a broken download.
  const first = await read(undefined);
  const chosen = exportColumns(request.object, first.definitions, request.columns);
  if ('unknown' in chosen)
    throw new AppError('validation_failed', 'Unknown columns.', {
      errors: chosen.unknown.map((c) => ({ path: '/query/columns', message: `No column "${c}".` })),
    });
  const refs = await exportRefs(db, principal, requestId);
  const format = formatter(request, chosen.columns, refs);
  const encoder = new TextEncoder();
  // The next batch is asked for as soon as a batch arrives, so the database reads it while this one
  // is written out. A failure waits, handled, for the pull that needs that batch.
  const ahead = (page: Page | undefined) => {
    const next = page?.next ? read(page.next) : Promise.resolve(undefined);
    next.catch(() => {});
    return next;
  };
  let page: Page | undefined = first;
  let following = ahead(first);
  let index = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (request.bom && request.format === 'csv') controller.enqueue(encoder.encode('\uFEFF'));
    },
    async pull(controller) {
      if (!page) {
        controller.enqueue(encoder.encode(format.end(index)));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(format.page(page, index)));
      index += page.records.length;
      page = await following;
      following = ahead(page);
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': CONTENT_TYPES[request.format],
      'Content-Disposition': `attachment; filename="${request.object}.${request.format}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Members' e-mails by user id: a workspace has hundreds of members, not millions, so one read. */
async function exportRefs(db: Db, principal: StaffPrincipal, requestId: string): Promise<ExportRefs> {
  const members = await inWorkspace(
    db,
    tenantContextOf(principal, requestId),
    (tx) =>
      tx
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['m.user_id', 'u.email'])
        .where('m.workspace_id', '=', principal.workspaceId)
        .execute(),
    { readOnly: true },
  );
  const emails = new Map(members.map((m) => [m.user_id, m.email]));
  return { ownerEmail: (id) => (id ? emails.get(id) : undefined) };
}

function pageReader(db: Db, principal: StaffPrincipal, requestId: string, request: ExportRequest) {
  const context = tenantContextOf(principal, requestId);
  const actor = actorOf(principal);
  const read = (tx: Tx, after: string | undefined) => readPage(tx, principal, actor, request, after);
  return (after: string | undefined): Promise<Page> =>
    inWorkspace(
      db,
      context,
      async (tx) => {
        const page = await read(tx, after);
        if (request.format !== 'csv') return page;
        const names = await relationNames(tx, principal.workspaceId, page.definitions, page.records);
        return { ...page, names };
      },
      { readOnly: true },
    );
}

async function readPage(
  tx: Tx,
  principal: StaffPrincipal,
  actor: ReturnType<typeof actorOf>,
  request: ExportRequest,
  after: string | undefined,
): Promise<Page> {
  const { sort } = request;
  const full = (rows: { id: string }[]) => (rows.length === EXPORT_BATCH ? rows.at(-1)?.id : undefined);
  if (request.object === 'people') {
    const { definitions } = await writeContext(tx, principal.workspaceId);
    if (sort) {
      // Sorted as the list is, a page at a time through the list's own keyset cursor.
      const page = await listPeople(tx, actor, request.query, {
        limit: EXPORT_BATCH,
        cursor: after,
        sort,
      });
      const records = page.rows.map((r) => presentPerson(r, definitions));
      return { records, definitions, next: page.nextCursor ?? undefined };
    }
    const { select } = await matchingPeople(tx, actor, request.query);
    const rows = await (after ? select.where('p.id', '>', after) : select)
      .orderBy('p.id')
      .limit(EXPORT_BATCH)
      .execute();
    return { records: rows.map((r) => presentPerson(r, definitions)), definitions, next: full(rows) };
  }
  const { definitions } = await companyContext(tx, principal.workspaceId);
  if (sort) {
    const page = await listCompanies(tx, actor, request.query, {
      limit: EXPORT_BATCH,
      cursor: after,
      sort,
    });
    const records = page.rows.map((r) => presentCompany(r, definitions));
    return { records, definitions, next: page.nextCursor ?? undefined };
  }
  const { select } = await matchingCompanies(tx, actor, request.query);
  const rows = await (after ? select.where('co.id', '>', after) : select)
    .orderBy('co.id')
    .limit(EXPORT_BATCH)
    .execute();
  return { records: rows.map((r) => presentCompany(r, definitions)), definitions, next: full(rows) };
}

/** The live people and companies a batch's relation fields point at → the names its CSV writes. */
async function relationNames(
  tx: Tx,
  workspaceId: string,
  definitions: CustomFieldDefinition[],
  records: Record_[],
): Promise<Map<string, string>> {
  const ids = noRecordIds();
  for (const d of definitions)
    if (d.type === 'relation' && d.target && !d.archived)
      for (const record of records) {
        const id = record.customFields[d.key];
        if (typeof id === 'string') ids[d.target].add(id);
      }
  return recordNames(tx, workspaceId, ids, { deleted: false, person: personHandle });
}

/** How each format opens, writes a page (knowing how many records came before) and ends. */
function formatter(request: ExportRequest, columns: string[], refs: ExportRefs) {
  switch (request.format) {
    case 'csv':
      return {
        page: (page: Page, before: number) =>
          csvLines(
            request.object,
            page.definitions,
            columns,
            page.records,
            before === 0,
            { ...refs, recordNames: page.names },
            request.labels ?? false,
          ),
        end: () => '',
      };
    case 'json':
      return {
        page: (page: Page, before: number) =>
          page.records
            .map(
              (r, i) =>
                `${before + i === 0 ? '[\n' : ',\n'}${JSON.stringify(pickJson(r, request.columns, refs))}`,
            )
            .join(''),
        end: (total: number) => (total === 0 ? '[]\n' : '\n]\n'),
      };
    case 'vcf':
      return {
        page: (page: Page) =>
          page.records.map((r) => personToVCard(r as Parameters<typeof personToVCard>[0])).join(''),
        end: () => '',
      };
  }
}
