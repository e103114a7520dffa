import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { asSystem } from '../../src/platform/db/transaction.ts';
import { buildMember, buildWorkspace, PASSWORD, signIn, type TestWorkspace } from '../support/factories.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  a = await buildWorkspace(server, 'A');
  b = await buildWorkspace(server, 'B');
});
afterAll(() => server.stop());

interface Message {
  type: string;
  objectType?: string;
  role?: string;
  ids?: string[];
}

function connect(headers: Record<string, string>) {
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/api/v1/events`, { headers });
  const messages: Message[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    socket.once('error', reject);
  });
  const waitFor = async (predicate: (m: Message) => boolean) => {
    for (let i = 0; i < 100; i++) {
      if (messages.some(predicate)) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no such message; got ${JSON.stringify(messages)}`);
  };
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  return { socket, messages, opened, waitFor, closed };
}

/** Well under the minute after which the server re-checks every socket's credential anyway. */
const within = <T>(promise: Promise<T>, ms = 5_000) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms)),
  ]);

describe('the events socket', () => {
  it('tells a workspace’s clients what changed there, and nothing about other workspaces', async () => {
    const tokenA = (await a.api.post('/api-tokens', { name: 'socket' })).body.token;
    const client = connect({ authorization: `Bearer ${tokenA}` });
    await client.opened;
    await client.waitFor((m) => m.type === 'ready');
    const elsewhere = (await b.api.post('/people', { lastName: 'Elsewhere' })).body;
    const here = (await a.api.post('/people', { lastName: 'Here' })).body;
    await client.waitFor((m) => m.type === 'changed' && m.objectType === 'person');
    expect(client.messages.filter((m) => m.type === 'changed')).toEqual([
      { type: 'changed', objectType: 'person', ids: [here.id] },
    ]);
    expect(JSON.stringify(client.messages)).not.toContain(elsewhere.id);
    // Kinds outside the customer records say only that something of the kind changed.
    await a.api.post('/teams', { name: 'Here' });
    await client.waitFor((m) => m.objectType === 'team');
    expect(client.messages.find((m) => m.objectType === 'team')).toEqual({
      type: 'changed',
      objectType: 'team',
    });
    client.socket.close();
  });

  it('names the records a small change concerns: its own and those it points at, old and new', async () => {
    const client = connect({ authorization: a.api.headers.authorization ?? '' });
    await client.waitFor((m) => m.type === 'ready');
    const person = (await a.api.post('/people', { firstName: 'Named', lastName: 'Once' })).body;
    await client.waitFor((m) => m.objectType === 'person' && (m.ids ?? []).includes(person.id));
    // Not its owner: members are on nearly every page, which would all refetch.
    expect(person.ownerId).toBe(a.admin.id);
    expect(JSON.stringify(client.messages)).not.toContain(a.admin.id);

    const north = (await a.api.post('/companies', { name: 'North Ltd' })).body;
    const south = (await a.api.post('/companies', { name: 'South Ltd' })).body;
    const job = (await a.api.post(`/people/${person.id}/employments`, { companyId: north.id })).body;
    // An employment names its person and its company, so both their pages hear of it.
    await client.waitFor(
      (m) =>
        m.objectType === 'employment' && [job.id, person.id, north.id].every((id) => m.ids?.includes(id)),
    );
    // A person moved from one company to the other concerns both.
    const person2 = (await a.api.post('/people', { firstName: 'Moves', companyId: north.id })).body;
    client.messages.length = 0;
    expect((await a.api.patch(`/people/${person2.id}`, { companyId: south.id })).status).toBe(200);
    await client.waitFor(
      (m) => m.objectType === 'person' && [person2.id, north.id, south.id].every((id) => m.ids?.includes(id)),
    );
    client.socket.close();
  });

  it('names none for a statement of many rows, and never another workspace’s ids', async () => {
    const client = connect({ authorization: a.api.headers.authorization ?? '' });
    await client.waitFor((m) => m.type === 'ready');
    const inB = (await b.api.post('/people', { lastName: 'B’s own' })).body;
    const inA = (await a.api.post('/people', { lastName: 'A’s own' })).body;
    await client.waitFor((m) => m.objectType === 'person' && (m.ids ?? []).includes(inA.id));
    client.messages.length = 0;
    // One statement across both workspaces, as a system job might run: each hears of its own rows.
    await asSystem(server.db, (tx) =>
      sql`UPDATE people SET job_title = 'Moved' WHERE id IN (${inA.id}, ${inB.id})`.execute(tx),
    );
    await client.waitFor((m) => m.objectType === 'person');
    expect(client.messages.filter((m) => m.objectType === 'person')).toEqual([
      { type: 'changed', objectType: 'person', ids: [inA.id] },
    ]);
    expect(JSON.stringify(client.messages)).not.toContain(inB.id);

    client.messages.length = 0;
    await asSystem(server.db, (tx) =>
      sql`INSERT INTO people (workspace_id, last_name)
          SELECT ${a.workspaceId}, 'Many ' || n FROM generate_series(1, 151) AS n`.execute(tx),
    );
    await client.waitFor((m) => m.objectType === 'person');
    expect(client.messages.filter((m) => m.objectType === 'person')).toEqual([
      { type: 'changed', objectType: 'person' },
    ]);
    client.socket.close();
  });

  it('accepts the session cookie from its own origin and refuses another site or no credentials', async () => {
    const session = await signIn(server, a.admin.email, PASSWORD);
    const cookie = session.headers.cookie ?? '';
    const host = new URL(server.url).host;
    const own = connect({ cookie, origin: `http://${host}` });
    await own.opened;
    own.socket.close();
    await expect(connect({ cookie, origin: 'https://evil.example' }).opened).rejects.toThrow('HTTP 403');
    // What a sandboxed frame or a file sends: not a URL, and not this origin.
    await expect(connect({ cookie, origin: 'null' }).opened).rejects.toThrow('HTTP 403');
    await expect(connect({}).opened).rejects.toThrow('HTTP 401');
  });

  it('closes at once (4401) when its session signs out or its token is revoked, and only that socket', async () => {
    const session = await signIn(server, a.admin.email, PASSWORD);
    const host = new URL(server.url).host;
    const browser = connect({ cookie: session.headers.cookie ?? '', origin: `http://${host}` });
    const token = (await a.api.post('/api-tokens', { name: 'revoked soon' })).body;
    const program = connect({ authorization: `Bearer ${token.token}` });
    const bystander = connect({
      authorization: `Bearer ${(await a.api.post('/api-tokens', { name: 'stays' })).body.token}`,
    });
    for (const client of [browser, program, bystander]) await client.waitFor((m) => m.type === 'ready');

    expect((await session.post('/auth/sign-out', {})).status).toBe(204);
    expect(await within(browser.closed)).toBe(4401);
    expect((await a.api.delete(`/api-tokens/${token.id}`)).status).toBe(204);
    expect(await within(program.closed)).toBe(4401);

    await a.api.post('/teams', { name: 'Still told' });
    await bystander.waitFor((m) => m.type === 'changed' && m.objectType === 'team');
    bystander.socket.close();
  });

  it('tells a sales rep only the kind: she may not read every deal, so she learns no ids', async () => {
    const rep = await buildMember(server, a, 'sales');
    const repSocket = connect({ authorization: rep.api.headers.authorization ?? '' });
    const adminSocket = connect({ authorization: a.api.headers.authorization ?? '' });
    for (const client of [repSocket, adminSocket]) await client.waitFor((m) => m.type === 'ready');
    const deal = (await a.api.post('/deals', { name: 'Not her team’s' })).body;
    await adminSocket.waitFor((m) => m.objectType === 'deal' && (m.ids ?? []).includes(deal.id));
    await repSocket.waitFor((m) => m.objectType === 'deal');
    expect(repSocket.messages.filter((m) => m.objectType === 'deal')).toEqual([
      { type: 'changed', objectType: 'deal' },
    ]);
    expect(JSON.stringify(repSocket.messages)).not.toContain(deal.id);
    for (const client of [repSocket, adminSocket]) client.socket.close();
  });

  it('tells a member of their own notifications, and no one else of them', async () => {
    const mentioned = await buildMember(server, a, 'support');
    const mentionedSocket = connect({ authorization: mentioned.api.headers.authorization ?? '' });
    const authorSocket = connect({ authorization: a.api.headers.authorization ?? '' });
    for (const client of [mentionedSocket, authorSocket]) await client.waitFor((m) => m.type === 'ready');
    const person = (await a.api.post('/people', { lastName: 'Mentioned about' })).body;
    await a.api.post('/activities', {
      type: 'note',
      bodyHtml: `<p>See <span data-mention="${mentioned.id}">@them</span></p>`,
      personIds: [person.id],
    });
    await mentionedSocket.waitFor((m) => m.objectType === 'notification');
    await authorSocket.waitFor((m) => m.objectType === 'activity');
    expect(mentionedSocket.messages.filter((m) => m.objectType === 'notification')).toEqual([
      { type: 'changed', objectType: 'notification' },
    ]);
    expect(authorSocket.messages.some((m) => m.objectType === 'notification')).toBe(false);

    // Read in one tab: the member's other tabs hear of it.
    mentionedSocket.messages.length = 0;
    expect((await mentioned.api.post('/notifications/read', {})).body.marked).toBe(1);
    await mentionedSocket.waitFor((m) => m.objectType === 'notification');
    // A note without mentions is no news to anyone's bell.
    mentionedSocket.messages.length = 0;
    await a.api.post('/activities', { type: 'note', bodyHtml: '<p>Plain</p>', personIds: [person.id] });
    await mentionedSocket.waitFor((m) => m.objectType === 'activity');
    expect(mentionedSocket.messages.some((m) => m.objectType === 'notification')).toBe(false);
    for (const client of [mentionedSocket, authorSocket]) client.socket.close();
  });

  it('closes (4401) when its token reaches its end, not at the next minute’s re-check', async () => {
    const expiresAt = new Date(Date.now() + 3_000).toISOString();
    const token = (await a.api.post('/api-tokens', { name: 'short-lived', expiresAt })).body;
    const client = connect({ authorization: `Bearer ${token.token}` });
    await client.waitFor((m) => m.type === 'ready');
    expect(await within(client.closed)).toBe(4401);
    await expect(connect({ authorization: `Bearer ${token.token}` }).opened).rejects.toThrow('HTTP 401');
  });

  it('closes a member’s sockets at once (4401) when an admin changes their role or deactivates them', async () => {
    const host = new URL(server.url).host;
    const member = await buildMember(server, a, 'sales');
    const memberSession = await signIn(server, member.email, PASSWORD);
    const browserSocket = () =>
      connect({ cookie: memberSession.headers.cookie ?? '', origin: `http://${host}` });
    const browser = browserSocket();
    const program = connect({ authorization: member.api.headers.authorization ?? '' });
    const bystander = connect({
      authorization: `Bearer ${(await a.api.post('/api-tokens', { name: 'admin stays' })).body.token}`,
    });
    for (const client of [browser, program, bystander]) await client.waitFor((m) => m.type === 'ready');

    expect((await a.api.patch(`/users/${member.id}`, { role: 'viewer' })).status).toBe(200);
    expect(await within(browser.closed)).toBe(4401);
    expect(await within(program.closed)).toBe(4401);
    // Still a member, with the new role: the app's reconnection is accepted.
    const again = browserSocket();
    await again.waitFor((m) => m.type === 'ready');
    // Says the access it was opened with, so a page that cached the old one asks again.
    expect(again.messages[0]).toEqual({ type: 'ready', workspaceId: a.workspaceId, role: 'viewer' });

    expect((await a.api.patch(`/users/${member.id}`, { status: 'deactivated' })).status).toBe(200);
    expect(await within(again.closed)).toBe(4401);
    await expect(browserSocket().opened).rejects.toThrow('HTTP 401');
    await expect(connect({ authorization: member.api.headers.authorization ?? '' }).opened).rejects.toThrow(
      'HTTP 401',
    );

    await a.api.post('/teams', { name: 'Admin still told' });
    await bystander.waitFor((m) => m.type === 'changed' && m.objectType === 'team');
    bystander.socket.close();
  });
});
