import { sql } from 'kysely';
import type { StaffPrincipal } from '../../platform/auth/principal.ts';
import { tenantContextOf } from '../../platform/auth/principal.ts';
import type { Db } from '../../platform/db/connect.ts';
import { inWorkspace, type Tx } from '../../platform/db/transaction.ts';
import { fetchPage } from '../../platform/http/pagination.ts';
import { csvRecords, neutraliseFormula } from './csv.rules.ts';
import { findImport, VCARD_HEADER } from './imports.service.ts';

const PAGE = 2000;
export const MAX_GROUPS = 50;

/**
 * What a reason is about: the columns it names (stored with it, migration 0048); for a reason that
 * names no column, the field or words it starts with ("Owner: …", "This row has 5 cells where the
 * header has 4: …"), or '' for one that names nothing ("Nothing to import."). A row with several
 * problems is about each of their columns.
 */
const ABOUT = sql<string[]>`CASE WHEN cardinality(columns) > 0 THEN columns
  WHEN strpos(reason, ': ') BETWEEN 2 AND 81 THEN ARRAY[split_part(reason, ': ', 1)] ELSE ARRAY[''] END`;

/** The rejected rows counted by what their reasons are about, most first. */
export async function rejectionGroupsOf(tx: Tx, principal: StaffPrincipal, id: string) {
  const row = await findImport(tx, principal, id);
  const groups = await sql<{ about: string; count: string; unfixed: string }>`
    SELECT a.about, count(*) AS count, count(*) FILTER (WHERE retried_in IS NULL) AS unfixed
    FROM import_rejections, unnest(${ABOUT}) AS a(about)
    WHERE workspace_id = ${row.workspace_id} AND import_id = ${row.id}
    GROUP BY a.about
    ORDER BY 2 DESC, 1
    LIMIT ${MAX_GROUPS}`.execute(tx);
  return groups.rows.map((g) => ({ about: g.about, count: Number(g.count), unfixed: Number(g.unfixed) }));
}

/** The rejected rows of an import, in the file's order, a page at a time: for reading them on screen. */
export async function rejectionsPage(
  tx: Tx,
  principal: StaffPrincipal,
  id: string,
  page: { limit: number; cursor?: string | undefined; about?: string | undefined },
) {
  const row = await findImport(tx, principal, id);
  let select = tx
    .selectFrom('import_rejections')
    .select(['row_number', 'cells', 'reason', 'columns', 'retried_in'])
    .where('workspace_id', '=', row.workspace_id)
    .where('import_id', '=', row.id);
  if (page.about !== undefined) select = select.where(sql<boolean>`${page.about} = ANY(${ABOUT})`);
  const found = await fetchPage(select, {
    limit: page.limit,
    cursor: page.cursor,
    sort: 'row',
    columns: { row: 'row_number' },
    idColumn: 'row_number',
  });
  return {
    data: found.rows.map((r) => ({
      row: Number(r.row_number),
      sourceRow: row.source_rows?.[Number(r.row_number) - 1] ?? Number(r.row_number),
      reason: r.reason,
      columns: r.columns,
      cells: r.cells,
      retriedIn: r.retried_in,
    })),
    nextCursor: found.nextCursor,
  };
}

/**
 * The rejected rows of an import as CSV: the file's own columns, as they were, plus `reason`; so
 * the file can be fixed and imported again. Streamed page by page, like exports. A cell that a
 * spreadsheet would run as a formula is quoted with ', as in exports, and imports take it back off:
 * the file may be someone else's upload, opened by an admin. It is for fixing in a spreadsheet, so
 * it starts with a byte-order mark, without which Excel reads UTF-8 as its local code page (programs
 * read the JSON pages of `rejectionsPage`; the import skips the mark), and it is separated as the
 * file was: a spreadsheet set for semicolons (most of Europe) opens a comma file as one column.
 */
export async function rejectedCsv(
  db: Db,
  principal: StaffPrincipal,
  requestId: string,
  id: string,
): Promise<Response> {
  const context = tenantContextOf(principal, requestId);
  const row = await inWorkspace(db, context, (tx) => findImport(tx, principal, id));
  const header = [...(row.format === 'vcf' ? VCARD_HEADER : (row.header ?? [])), 'reason'];
  const width = header.length - 1;
  const read = (after: string) =>
    inWorkspace(db, context, (tx) =>
      tx
        .selectFrom('import_rejections')
        .select(['row_number', 'cells', 'reason'])
        .where('workspace_id', '=', row.workspace_id)
        .where('import_id', '=', row.id)
        .where('row_number', '>', after as never)
        .orderBy('row_number')
        .limit(PAGE)
        .execute(),
    );
  const body = pagedCsv(header, width, read, row.delimiter ?? ',');
  const name = (row.filename ?? `import-${row.number}`).replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '_');
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}.rejected.csv"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

type Page = { row_number: string; cells: string[]; reason: string }[];

/** Pages read on demand (backpressure), each as CSV lines; the header before the first. */
function pagedCsv(
  header: string[],
  width: number,
  read: (after: string) => Promise<Page>,
  delimiter: string,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: string | undefined = '0';
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode('\uFEFF'));
    },
    async pull(controller) {
      if (after === undefined) {
        controller.close();
        return;
      }
      const rows = await read(after);
      // A row may have had more or fewer cells than the header: pad or keep, the reason always last.
      const lines = rows.map((r) =>
        [...r.cells, ...Array(Math.max(0, width - r.cells.length)).fill(''), r.reason].map(neutraliseFormula),
      );
      controller.enqueue(encoder.encode(csvRecords(headerSent ? lines : [header, ...lines], delimiter)));
      headerSent = true;
      after = rows.length === PAGE ? rows.at(-1)?.row_number : undefined;
    },
  });
}
