import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { buildWorkspace, PASSWORD, signIn, type TestWorkspace } from '../support/factories.ts';
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
  const messages: { type: string; objectType?: string }[] = [];
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
  return { socket, messages, opened, waitFor };
}

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
    await expect(connect({}).opened).rejects.toThrow('HTTP 401');
  });
});
