import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildWorkspace, type TestWorkspace } from '../support/factories.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  a = await buildWorkspace(server, 'A');
  b = await buildWorkspace(server, 'B');
  for (const ws of [a, b]) {
    await ws.api.post('/teams', { name: 'Team', memberIds: [ws.admin.id] });
    await buildMember(server, ws, 'sales');
  }
});
afterAll(() => server.stop());

/** Tables the request role can reach that carry a workspace id: row-level security must guard each. */
async function guardedTables(): Promise<string[]> {
  const rows = await sql<{ table_name: string }>`
    SELECT DISTINCT c.relname AS table_name
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    WHERE a.attname = 'workspace_id' AND NOT a.attisdropped
      AND has_table_privilege('rapport_app', c.oid, 'SELECT')
    ORDER BY 1`.execute(server.db.kysely);
  return rows.rows.map((r) => r.table_name);
}

describe('the schema is ready to distribute by workspace', () => {
  it('leads every tenant table’s primary key with workspace_id', async () => {
    const rows = await sql<{ table_name: string; first_column: string }>`
      SELECT t.relname AS table_name, a.attname AS first_column
      FROM pg_constraint k
      JOIN pg_class t ON t.oid = k.conrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.conkey[1]
      WHERE k.contype = 'p'
        AND EXISTS (SELECT 1 FROM pg_attribute w WHERE w.attrelid = t.oid AND w.attname = 'workspace_id' AND w.attnotnull)`.execute(
      server.db.kysely,
    );
    expect(rows.rows.length).toBeGreaterThan(5);
    for (const row of rows.rows) expect(row, row.table_name).toMatchObject({ first_column: 'workspace_id' });
  });

  it('leads every foreign key between tenant tables with workspace_id', async () => {
    const rows = await sql<{ name: string; first_column: string }>`
      SELECT k.conname AS name, a.attname AS first_column
      FROM pg_constraint k
      JOIN pg_class t ON t.oid = k.conrelid
      JOIN pg_class r ON r.oid = k.confrelid
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.conkey[1]
      WHERE k.contype = 'f'
        AND EXISTS (SELECT 1 FROM pg_attribute w WHERE w.attrelid = t.oid AND w.attname = 'workspace_id' AND w.attnotnull)
        AND EXISTS (SELECT 1 FROM pg_attribute w WHERE w.attrelid = r.oid AND w.attname = 'workspace_id' AND w.attnotnull)`.execute(
      server.db.kysely,
    );
    expect(rows.rows.length).toBeGreaterThan(2);
    for (const row of rows.rows) expect(row, row.name).toMatchObject({ first_column: 'workspace_id' });
  });

  it('enables row-level security with a policy on every table the request role can read', async () => {
    const tables = await guardedTables();
    expect(tables).toEqual(expect.arrayContaining(['memberships', 'teams', 'api_tokens', 'record_changes']));
    for (const table of [...tables, 'workspaces', 'users']) {
      const row = await sql<{ enabled: boolean; policies: number }>`
        SELECT c.relrowsecurity AS enabled,
               (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
        FROM pg_class c WHERE c.oid = ${table}::regclass`.execute(server.db.kysely);
      expect(row.rows[0], table).toEqual({ enabled: true, policies: expect.any(Number) });
      expect(row.rows[0]?.policies, table).toBeGreaterThan(0);
    }
  });

  it('keeps sessions and password tokens out of the request role’s reach', async () => {
    const rows = await sql<{ sessions: boolean; tokens: boolean }>`
      SELECT has_table_privilege('rapport_app', 'sessions', 'SELECT') AS sessions,
             has_table_privilege('rapport_app', 'password_tokens', 'SELECT') AS tokens`.execute(
      server.db.kysely,
    );
    expect(rows.rows[0]).toEqual({ sessions: false, tokens: false });
  });
});

describe('row-level security', () => {
  async function countAs(table: string, workspaceId: string | null): Promise<number> {
    return server.db.kysely.connection().execute(async (conn) => {
      await sql`BEGIN`.execute(conn);
      try {
        await sql`SET LOCAL ROLE rapport_app`.execute(conn);
        if (workspaceId) await sql`SELECT set_config('app.workspace_id', ${workspaceId}, true)`.execute(conn);
        const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(
          conn,
        );
        return result.rows[0]?.n ?? -1;
      } finally {
        await sql`ROLLBACK`.execute(conn);
      }
    });
  }

  it('shows nothing to a query without a workspace, and only its own to one with', async () => {
    for (const table of [...(await guardedTables()), 'workspaces', 'users']) {
      const total = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(
        server.db.kysely,
      );
      expect(await countAs(table, null), `${table} without a workspace`).toBe(0);
      const inA = await countAs(table, a.workspaceId);
      const inB = await countAs(table, b.workspaceId);
      expect(inA + inB, table).toBeLessThanOrEqual(total.rows[0]?.n ?? 0);
      if (
        [
          'memberships',
          'teams',
          'team_members',
          'api_tokens',
          'record_changes',
          'users',
          'workspaces',
        ].includes(table)
      ) {
        expect(inA, `${table} in A`).toBeGreaterThan(0);
      }
    }
  });

  it('refuses to write a row into another workspace', async () => {
    const attempt = server.db.kysely.connection().execute(async (conn) => {
      await sql`BEGIN`.execute(conn);
      try {
        await sql`SET LOCAL ROLE rapport_app`.execute(conn);
        await sql`SELECT set_config('app.workspace_id', ${a.workspaceId}, true)`.execute(conn);
        await sql`INSERT INTO teams (workspace_id, name) VALUES (${b.workspaceId}, 'smuggled')`.execute(conn);
      } finally {
        await sql`ROLLBACK`.execute(conn);
      }
    });
    await expect(attempt).rejects.toThrow(/row-level security/);
  });

  it('never lets the request role rewrite the audit trail', async () => {
    const attempt = server.db.kysely.connection().execute(async (conn) => {
      await sql`BEGIN`.execute(conn);
      try {
        await sql`SET LOCAL ROLE rapport_app`.execute(conn);
        await sql`SELECT set_config('app.workspace_id', ${a.workspaceId}, true)`.execute(conn);
        await sql`DELETE FROM record_changes`.execute(conn);
      } finally {
        await sql`ROLLBACK`.execute(conn);
      }
    });
    await expect(attempt).rejects.toThrow(/permission denied/);
    await expect(sql`UPDATE record_changes SET via = 'x'`.execute(server.db.kysely)).rejects.toThrow(
      /append-only/,
    );
  });
});
