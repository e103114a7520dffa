import { sql } from 'kysely';
import type { Db } from '../../platform/db/connect.ts';
import { inWorkspace, type Tx } from '../../platform/db/transaction.ts';
import { type Batch, type Row, TABLE_ORDER, type TableName, type Value } from './demo.rows.ts';

/**
 * Writes a batch of demo rows, every table in one statement: INSERT … SELECT FROM unnest(arrays), one
 * array per column, the same statement on PGlite and on a server. Each batch is one transaction as the
 * request role with actor "system" and path "system", so row-level security checks every row and the
 * audit triggers write the trail (one INSERT … SELECT per statement) as for any other write.
 */
type Column = readonly [name: string, type: string];

const c = (name: string, type = 'text'): Column => [name, type];
const STAMPS = [c('created_at', 'timestamptz'), c('updated_at', 'timestamptz')];

const COLUMNS: Record<TableName, readonly Column[]> = {
  products: [
    c('id', 'uuid'),
    c('sku'),
    c('name'),
    c('category'),
    c('unit_price', 'numeric'),
    c('unit_cost', 'numeric'),
    c('currency'),
    ...STAMPS,
  ],
  pipelines: [c('id', 'uuid'), c('name'), c('position', 'int'), ...STAMPS],
  pipeline_stages: [
    c('id', 'uuid'),
    c('pipeline_id', 'uuid'),
    c('name'),
    c('position', 'int'),
    c('probability', 'numeric'),
    c('outcome'),
    ...STAMPS,
  ],
  companies: [
    c('id', 'uuid'),
    c('name'),
    c('domains', 'text[]'),
    c('industry'),
    c('employees', 'int'),
    c('annual_revenue', 'numeric'),
    c('phone'),
    c('website'),
    c('addresses', 'jsonb'),
    c('parent_id', 'uuid'),
    c('owner_id', 'uuid'),
    c('tags', 'text[]'),
    c('source'),
    ...STAMPS,
  ],
  people: [
    c('id', 'uuid'),
    c('first_name'),
    c('last_name'),
    c('emails', 'jsonb'),
    c('phones', 'jsonb'),
    c('addresses', 'jsonb'),
    c('job_title'),
    c('company_id', 'uuid'),
    c('owner_id', 'uuid'),
    c('lifecycle_stage'),
    c('lifecycle_changed_at', 'timestamptz'),
    c('source'),
    c('tags', 'text[]'),
    c('last_contacted_at', 'timestamptz'),
    c('last_contacted_by', 'uuid'),
    ...STAMPS,
  ],
  employments: [
    c('id', 'uuid'),
    c('person_id', 'uuid'),
    c('company_id', 'uuid'),
    c('role'),
    c('started_on', 'date'),
    c('ended_on', 'date'),
    ...STAMPS,
  ],
  deals: [
    c('id', 'uuid'),
    c('name'),
    c('amount', 'numeric'),
    c('currency'),
    c('pipeline_id', 'uuid'),
    c('stage_id', 'uuid'),
    c('status'),
    c('close_date', 'date'),
    c('company_id', 'uuid'),
    c('owner_id', 'uuid'),
    c('source'),
    c('closed_at', 'timestamptz'),
    ...STAMPS,
  ],
  deal_people: [c('deal_id', 'uuid'), c('person_id', 'uuid')],
  orders: [
    c('id', 'uuid'),
    c('external_id'),
    c('person_id', 'uuid'),
    c('company_id', 'uuid'),
    c('ordered_at', 'timestamptz'),
    c('currency'),
    c('total', 'numeric'),
    c('status'),
    ...STAMPS,
  ],
  order_lines: [
    c('order_id', 'uuid'),
    c('line_no', 'int'),
    c('product_id', 'uuid'),
    c('sku'),
    c('description'),
    c('quantity', 'numeric'),
    c('unit_price', 'numeric'),
    c('unit_cost', 'numeric'),
  ],
  tickets: [
    c('id', 'uuid'),
    c('number', 'bigint'),
    c('subject'),
    c('status'),
    c('priority'),
    c('requester_id', 'uuid'),
    c('assignee_id', 'uuid'),
    c('channel'),
    c('solved_at', 'timestamptz'),
    ...STAMPS,
  ],
  activities: [
    c('id', 'uuid'),
    c('type'),
    c('channel'),
    c('direction'),
    c('occurred_at', 'timestamptz'),
    c('subject'),
    c('body'),
    c('body_html'),
    c('actor_type'),
    c('actor_user_id', 'uuid'),
    c('actor_person_id', 'uuid'),
    c('company_id', 'uuid'),
    c('deal_id', 'uuid'),
    c('ticket_id', 'uuid'),
    c('order_id', 'uuid'),
    c('source_key'),
    c('metadata', 'jsonb'),
    ...STAMPS,
  ],
  activity_people: [c('activity_id', 'uuid'), c('person_id', 'uuid'), c('occurred_at', 'timestamptz')],
};

export interface WriteContext {
  db: Db;
  workspaceId: string;
}

export async function writeBatch(context: WriteContext, batch: Batch): Promise<void> {
  await inWorkspace(
    context.db,
    { workspaceId: context.workspaceId, actor: { type: 'system', id: null }, via: 'system' },
    async (tx) => {
      for (const table of TABLE_ORDER) {
        const rows = batch.rows(table);
        await insertRows(
          tx,
          context.workspaceId,
          table,
          table === 'activities' ? await withTicketKeys(tx, context.workspaceId, rows) : rows,
        );
      }
    },
  );
}

async function insertRows(tx: Tx, workspaceId: string, table: TableName, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = COLUMNS[table];
  const names = columns.map(([name]) => name).join(', ');
  // Arrays of arrays cannot be unnested into rows: array columns travel as their text form.
  const arrays = columns.map(([name, type]) => {
    const values = rows.map((row) => toParameter(row[name] ?? null));
    return type.endsWith('[]') ? sql`${values}::text[]` : sql`${values}::${sql.raw(type)}[]`;
  });
  const selected = columns.map(([name, type]) => (type.endsWith('[]') ? `u.${name}::${type}` : `u.${name}`));
  await sql`
    INSERT INTO ${sql.table(table)} (workspace_id, ${sql.raw(names)})
    SELECT ${workspaceId}::uuid, ${sql.raw(selected.join(', '))}
    FROM unnest(${sql.join(arrays)}) AS u(${sql.raw(names)})`.execute(tx);
}

function toParameter(value: Value): string | number | boolean | null {
  if (value === null || typeof value !== 'object') return value;
  return `{${value.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/**
 * The timeline consumer keys the entry of a new ticket by the ticket and its change in the trail
 * (timeline.derive.ts); with the tickets written, their changes exist, so the demo's entries take
 * the very keys the consumer would use and it never doubles them.
 */
async function withTicketKeys(tx: Tx, workspaceId: string, rows: Row[]): Promise<Row[]> {
  const marker = 'ticket-created:';
  const ids = rows.flatMap((row) =>
    typeof row.source_key === 'string' && row.source_key.startsWith(marker)
      ? [row.source_key.slice(marker.length)]
      : [],
  );
  if (ids.length === 0) return rows;
  const changes = await sql<{ record_id: string; id: string }>`
    SELECT record_id, id::text AS id FROM record_changes
    WHERE workspace_id = ${workspaceId} AND object_type = 'ticket' AND action = 'created'
      AND record_id = ANY(${ids}::text[])`.execute(tx);
  const changeOf = new Map(changes.rows.map((r) => [r.record_id, r.id]));
  return rows.map((row) => {
    if (typeof row.source_key !== 'string' || !row.source_key.startsWith(marker)) return row;
    const ticketId = row.source_key.slice(marker.length);
    return { ...row, source_key: `ticket:${ticketId}:${changeOf.get(ticketId) ?? 'created'}` };
  });
}
