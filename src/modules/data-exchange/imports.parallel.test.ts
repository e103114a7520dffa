import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { quietLogger } from '../../../tests/support/test-database.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { processImport } from './imports.process.ts';

/**
 * Several writers must leave exactly what one writer leaves: the same people with the same values
 * (a repeated e-mail's last row wins), the same companies, links, rejections, counts and audit trail.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const ROWS = 600;

/**
 * E-mails repeat every 250 rows, each time with another company (so a row's e-mail and company are
 * often held by two writers: it waits for both); companies are shared by many people; some rows are
 * rejected.
 */
function messyFile(): string {
  const lines = ['Email,First Name,Company,Company Domain'];
  for (let i = 0; i < ROWS; i++) {
    const email = i % 50 === 49 ? 'not-an-email' : `p${i % 250}@example.com`;
    const company = (i * 7) % 13;
    lines.push(
      `${email},F${i},Co ${company},${company % 3 === 0 && i % 2 === 0 ? `co${company}.example` : ''}`,
    );
  }
  return lines.join('\n');
}

async function importWith(ws: TestWorkspace, writers: number) {
  const created = await ws.api.post('/imports', { object: 'people' });
  await fetch(`${server.url}/api/v1/imports/${created.body.id}/file`, {
    method: 'PUT',
    headers: ws.api.headers,
    body: messyFile(),
  });
  await ws.api.post(`/imports/${created.body.id}/start`, { dedupe: 'email', mode: 'update' });
  const signal = new AbortController().signal;
  await processImport(server.db, ws.workspaceId, created.body.id, {
    signal,
    logger: quietLogger,
    batchRows: 40,
    writers,
  });
  const done = (await ws.api.get(`/imports/${created.body.id}`)).body;
  expect(done.status).toBe('completed');
  return { done, state: await stateOf(ws.workspaceId, done.number) };
}

async function stateOf(workspaceId: string, number: number) {
  const people = await sql`
    SELECT p.email, p.first_name, c.name AS company, c.domains,
           (SELECT array_agg(ec.name ORDER BY ec.name) FROM employments e JOIN companies ec
              ON ec.workspace_id = e.workspace_id AND ec.id = e.company_id
            WHERE e.workspace_id = p.workspace_id AND e.person_id = p.id) AS employers
    FROM people p LEFT JOIN companies c ON c.workspace_id = p.workspace_id AND c.id = p.company_id
    WHERE p.workspace_id = ${workspaceId} AND p.deleted_at IS NULL ORDER BY p.email`.execute(
    server.db.kysely,
  );
  const companies = await sql`SELECT name, domains FROM companies
    WHERE workspace_id = ${workspaceId} ORDER BY name, domains`.execute(server.db.kysely);
  const trail = await sql`SELECT object_type, action, count(*)::int AS n FROM record_changes
    WHERE workspace_id = ${workspaceId} AND request_id = ${`import:${number}`}
    GROUP BY 1, 2 ORDER BY 1, 2`.execute(server.db.kysely);
  return { people: people.rows, companies: companies.rows, trail: trail.rows };
}

describe('an import written by several writers', () => {
  it('leaves what one writer leaves', async () => {
    const one = await importWith(await buildWorkspace(server, 'One writer'), 1);
    const three = await importWith(await buildWorkspace(server, 'Three writers'), 3);
    expect(one.state.people).toHaveLength(245);
    expect(one.state.people[0]).toMatchObject({ email: 'p0@example.com', first_name: 'F500' });
    expect(three.state).toEqual(one.state);
    expect(three.done.counts).toEqual(one.done.counts);
    expect(three.done.companiesCreated).toBe(one.done.companiesCreated);
    expect(one.done.counts).toMatchObject({ read: ROWS, created: 245, rejected: 12 });
    // Every update wrote a person an earlier row of the file had created, across batches of 40 and
    // writers: each is counted as repeated.
    expect(one.done.counts.updated).toBeGreaterThan(300);
    expect(one.done.counts.repeated).toBe(one.done.counts.updated);
  });
});
