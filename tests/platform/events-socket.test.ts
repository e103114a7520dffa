import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
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

function connect(headers: Record<string, string>) {
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/api/v1/events`, { headers });
  const messages: { type: string; objectType?: string; role?: string }[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    socket.once('error', reject);
  });
  const waitFor = async (predicate: (m: { type: string; objectType?: string }) => boolean) => {
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
    await b.api.post('/teams', { name: 'Elsewhere' });
    await a.api.post('/teams', { name: 'Here' });
    await client.waitFor((m) => m.type === 'changed' && m.objectType === 'team');
    expect(client.messages.filter((m) => m.type === 'changed')).toEqual([
      { type: 'changed', objectType: 'team' },
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
