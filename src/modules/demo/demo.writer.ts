import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from '../../platform/db/connect.ts';
import { inWorkspace, type Tx } from '../../platform/db/transaction.ts';
import { COLUMNS } from './demo.columns.ts';
import { type Batch, type Row, TABLE_ORDER, type TableName, type Value } from './demo.rows.ts';

/**
 * Writes a batch of demo rows in one transaction with actor "system" and path "system", so the audit
 * triggers write the trail (one INSERT … SELECT per statement) as for any other write.
 *
 * On a server every table is one COPY: the rows' generated columns, indexes, checks, foreign keys and
 * triggers cost the same as for an INSERT, but the rows travel as plain text, which is what made the
 * INSERT path slow at a million people. COPY FROM refuses tables under row-level security, so it runs
 * as the owner; every row carries the workspace's id, set here and nowhere else. On the embedded
 * database, where there is no wire to save, each table is one INSERT … SELECT FROM unnest(arrays)
 * as the request role, so row-level security checks every row.
 */
export interface WriteContext {
  db: Db;
  workspaceId: string;
}

type Lookup = (ids: string[]) => Promise<{ record_id: string; id: string }[]>;

export async function writeBatch(context: WriteContext, batch: Batch): Promise<void> {
  if (context.db.kind === 'postgres') return copyBatch(context, batch);
  await inWorkspace(
    context.db,
    { workspaceId: context.workspaceId, actor: { type: 'system', id: null }, via: 'system' },
    async (tx) => {
      const lookup: Lookup = async (ids) => (await ticketChanges(context.workspaceId, ids).execute(tx)).rows;
      for (const table of TABLE_ORDER) {
        const rows = batch.rows(table);
        await insertRows(
          tx,
          context.workspaceId,
          table,
          table === 'activities' ? await withTicketKeys(lookup, rows) : rows,
        );
      }
    },
  );
}

async function copyBatch(context: WriteContext, batch: Batch): Promise<void> {
  const client = await context.db.copyPool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `SELECT set_config('app.workspace_id', $1, true), set_config('app.actor_type', 'system', true),
              set_config('app.actor_id', '', true), set_config('app.via', 'system', true),
              set_config('app.request_id', '', true)`,
      [context.workspaceId],
    );
    const lookup: Lookup = async (ids) => {
      const found = await client.query<{ record_id: string; id: string }>(
        `SELECT record_id, id::text AS id FROM record_changes
         WHERE workspace_id = $1 AND object_type = 'ticket' AND action = 'created' AND record_id = ANY($2::text[])`,
        [context.workspaceId, ids],
      );
      return found.rows;
    };
    for (const table of TABLE_ORDER) {
      const rows = batch.rows(table);
      if (rows.length === 0) continue;
      await copyRows(
        client,
        context.workspaceId,
        table,
        table === 'activities' ? await withTicketKeys(lookup, rows) : rows,
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

async function copyRows(
  client: pg.PoolClient,
  workspaceId: string,
  table: TableName,
  rows: Row[],
): Promise<void> {
  const names = COLUMNS[table].map(([name]) => name);
  const statement = `COPY ${table} (workspace_id, ${names.join(', ')}) FROM STDIN`;
  function* lines(): Generator<string> {
    let chunk = '';
    for (const row of rows) {
      let line = workspaceId;
      for (const name of names) line += `\t${copyText(row[name] ?? null)}`;
      chunk += `${line}\n`;
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(lines()), client.query(copyFrom(statement)));
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A value in COPY's text format (NULL is \N; backslash, tab and line breaks escaped). */
function copyText(value: Value): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  const text = typeof value === 'object' ? arrayLiteral(value) : String(value);
  return text.replace(/[\\\t\n\r]/g, (ch) => COPY_ESCAPES[ch] ?? ch);
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
  return arrayLiteral(value);
}

const arrayLiteral = (items: readonly string[]) =>
  `{${items.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;

const ticketChanges = (workspaceId: string, ids: string[]) => sql<{ record_id: string; id: string }>`
  SELECT record_id, id::text AS id FROM record_changes
  WHERE workspace_id = ${workspaceId} AND object_type = 'ticket' AND action = 'created'
    AND record_id = ANY(${ids}::text[])`;

/**
 * The timeline consumer keys the entry of a new ticket by the ticket and its change in the trail
 * (timeline.derive.ts); with the tickets written, their changes exist, so the demo's entries take
 * the very keys the consumer would use and it never doubles them.
 */
async function withTicketKeys(lookup: Lookup, rows: Row[]): Promise<Row[]> {
  const marker = 'ticket-created:';
  const ids = rows.flatMap((row) =>
    typeof row.source_key === 'string' && row.source_key.startsWith(marker)
      ? [row.source_key.slice(marker.length)]
      : [],
  );
  if (ids.length === 0) return rows;
  const changeOf = new Map((await lookup(ids)).map((r) => [r.record_id, r.id]));
  return rows.map((row) => {
    if (typeof row.source_key !== 'string' || !row.source_key.startsWith(marker)) return row;
    const ticketId = row.source_key.slice(marker.length);
    return { ...row, source_key: `ticket:${ticketId}:${changeOf.get(ticketId) ?? 'created'}` };
  });
}
