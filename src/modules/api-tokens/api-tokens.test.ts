import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildMember,
  buildWorkspace,
  PASSWORD,
  signIn,
  type TestWorkspace,
} from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

describe('API tokens', () => {
  it('shows the secret once, stores only its hash, and stops working when revoked', async () => {
    const session = await signIn(server, ws.admin.email, PASSWORD);
    const created = await session.post('/api-tokens', { name: 'Zapier' });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^rpt_[0-9a-f]{64}_[A-Za-z0-9_-]{43}$/);
    expect(created.body.token.endsWith(created.body.lastFour)).toBe(true);
    const stored = await sql<{
      hex: string;
    }>`SELECT encode(secret_hash, 'hex') AS hex FROM api_tokens WHERE id = ${created.body.id}`.execute(
      server.db.kysely,
    );
    expect(created.body.token).not.toContain(stored.rows[0]?.hex);

    const program = server.anonymous.withToken(created.body.token);
    expect((await program.get('/me')).body.credential).toBe('api_token');
    const read = await session.get(`/api-tokens/${created.body.id}`);
    expect(read.body.token).toBeUndefined();
    expect(read.body.status).toBe('active');

    expect((await session.delete(`/api-tokens/${created.body.id}`)).status).toBe(204);
    expect((await program.get('/me')).status).toBe(401);
    const listed = await session.get('/api-tokens?includeRevoked=true');
    expect(listed.body.data.find((t: { id: string }) => t.id === created.body.id).status).toBe('revoked');
    expect(
      (await session.get('/api-tokens')).body.data.some((t: { id: string }) => t.id === created.body.id),
    ).toBe(false);
  });

  it('refuses a token once it has expired', async () => {
    const created = await ws.api.post('/api-tokens', {
      name: 'Short-lived',
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    const program = server.anonymous.withToken(created.body.token);
    expect((await program.get('/me')).status).toBe(200);
    await sql`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = ${created.body.id}`.execute(
      server.db.kysely,
    );
    // A change made behind the API reaches the token cache by change notification, which arrives
    // asynchronously on a server: the token must be refused once it has, within a few seconds.
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 401; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      status = (await program.get('/me')).status;
    }
    expect(status).toBe(401);
    expect((await ws.api.get(`/api-tokens/${created.body.id}`)).body.status).toBe('expired');
    const past = await ws.api.post('/api-tokens', { name: 'Past', expiresAt: '2020-01-01T00:00:00Z' });
    expect(past.status).toBe(400);
  });

  it('keeps members’ tokens private, while admins see and revoke everyone’s', async () => {
    const member = await buildMember(server, ws, 'sales');
    const mine = (await member.api.get('/api-tokens')).body.data;
    expect(mine.every((t: { userId: string }) => t.userId === member.id)).toBe(true);
    const adminToken = (await ws.api.get('/api-tokens')).body.data[0];
    expect((await member.api.get(`/api-tokens/${adminToken.id}`)).status).toBe(404);
    expect((await member.api.delete(`/api-tokens/${adminToken.id}`)).status).toBe(404);
    const everyone = await ws.api.get('/api-tokens?all=true');
    expect(everyone.body.data.some((t: { userId: string }) => t.userId === member.id)).toBe(true);
    const memberToken = mine[0];
    expect((await ws.api.delete(`/api-tokens/${memberToken.id}`)).status).toBe(204);
    expect((await member.api.get('/me')).status).toBe(401);
  });
});
