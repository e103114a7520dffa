import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, PASSWORD, signIn, uniqueEmail } from '../../../tests/support/factories.ts';
import { type SmtpSink, startSmtpSink } from '../../../tests/support/smtp-sink.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { smtpTransport } from '../../platform/mail/sender.ts';

let server: TestServer;
let smtp: SmtpSink;

beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer({ transport: smtpTransport(smtp.url) });
});
afterAll(async () => {
  await server.stop();
  await smtp.close();
});

describe('first-run setup', () => {
  it('creates the first workspace and signs its admin in, once', async () => {
    expect((await server.anonymous.get('/setup')).body).toEqual({ needsSetup: true });
    const email = uniqueEmail('founder');
    const body = { workspaceName: 'Founders', name: 'Fay Founder', email, password: PASSWORD };
    const created = await server.anonymous.post('/setup', body);
    expect(created.status).toBe(201);
    expect(created.body.role).toBe('admin');
    expect(created.body.workspace.name).toBe('Founders');
    const cookie = created.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/rapport_session=[^;]+; .*HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);

    expect((await server.anonymous.get('/setup')).body).toEqual({ needsSetup: false });
    const again = await server.anonymous.post('/setup', { ...body, email: uniqueEmail() });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toBe('application/problem+json');
  });

  it('refuses a weak password with a field error', async () => {
    const response = await server.anonymous.post('/setup', {
      workspaceName: 'X',
      name: 'X',
      email: uniqueEmail(),
      password: 'short',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: '/password', message: expect.stringContaining('10') }]);
  });
});

describe('sessions', () => {
  it('signs in with a cookie, requires the CSRF token for writes, and signs out', async () => {
    const ws = await buildWorkspace(server);
    const session = await signIn(server, ws.admin.email, PASSWORD);
    const me = await session.get('/me');
    expect(me.status).toBe(200);
    expect(me.body.credential).toBe('session');
    expect(me.body.csrfToken).toEqual(expect.any(String));
    // What amounts without a currency of their own (a company's revenue) are in.
    expect(me.body.workspace).toEqual({
      id: ws.workspaceId,
      name: 'Acme',
      defaultCountry: 'US',
      defaultCurrency: 'USD',
    });

    const withoutCsrf = session.withHeaders({ 'x-csrf-token': 'forged' });
    expect((await withoutCsrf.post('/teams', { name: 'Nope' })).status).toBe(403);
    expect((await session.post('/teams', { name: 'Yes' })).status).toBe(201);

    const out = await session.post('/auth/sign-out');
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/rapport_session=;/);
    expect((await session.get('/me')).status).toBe(401);
  });

  it('answers 401 without credentials and with a bad token', async () => {
    expect((await server.anonymous.get('/me')).status).toBe(401);
    expect((await server.anonymous.withToken('rpt_nonsense').get('/me')).status).toBe(401);
    const wrongScheme = await server.anonymous.get('/me', { authorization: 'Basic abc' });
    expect(wrongScheme.status).toBe(401);
  });

  it('refuses a sign-in posted from another site', async () => {
    const ws = await buildWorkspace(server);
    const response = await server.anonymous.post(
      '/auth/sign-in',
      { email: ws.admin.email, password: PASSWORD },
      { origin: 'https://evil.example' },
    );
    expect(response.status).toBe(403);
  });

  it('ends every session with sign-out-everywhere', async () => {
    const ws = await buildWorkspace(server);
    const laptop = await signIn(server, ws.admin.email, PASSWORD);
    const phone = await signIn(server, ws.admin.email, PASSWORD);
    const response = await laptop.post('/auth/sign-out-everywhere');
    expect(response.status).toBe(200);
    expect(response.body.ended).toBe(2);
    expect((await phone.get('/me')).status).toBe(401);
    expect((await laptop.get('/me')).status).toBe(401);
    expect((await ws.api.get('/me')).status).toBe(200); // API tokens are not sessions
  });
});

describe('sign-in throttling', () => {
  it('locks an account after five failures, even for the right password, with Retry-After', async () => {
    const ws = await buildWorkspace(server);
    for (let i = 0; i < 5; i++) {
      const wrong = await server.anonymous.post('/auth/sign-in', {
        email: ws.admin.email,
        password: 'wrong password!',
      });
      expect(wrong.status).toBe(401);
    }
    const locked = await server.anonymous.post('/auth/sign-in', {
      email: ws.admin.email,
      password: PASSWORD,
    });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('gives the same answer for an unknown account as for a wrong password', async () => {
    const response = await server.anonymous.post('/auth/sign-in', {
      email: uniqueEmail(),
      password: 'whatever it is',
    });
    expect(response.status).toBe(401);
    expect(response.body.detail).toBe('Wrong e-mail or password.');
  });
});

describe('passwords', () => {
  it('changes the password, keeping this session and ending the others', async () => {
    const ws = await buildWorkspace(server);
    const here = await signIn(server, ws.admin.email, PASSWORD);
    const elsewhere = await signIn(server, ws.admin.email, PASSWORD);
    const wrong = await here.post('/me/password', {
      currentPassword: 'not it at all',
      newPassword: 'a new long passphrase',
    });
    expect(wrong.status).toBe(400);
    const changed = await here.post('/me/password', {
      currentPassword: PASSWORD,
      newPassword: 'a new long passphrase',
    });
    expect(changed.status).toBe(204);
    expect((await here.get('/me')).status).toBe(200);
    expect((await elsewhere.get('/me')).status).toBe(401);
    await signIn(server, ws.admin.email, 'a new long passphrase');

    const trail = await ws.api.get(`/audit-log?recordId=${ws.admin.id}&action=updated`);
    expect(trail.body.data[0].changes).toEqual({ password: { before: '[redacted]', after: '[redacted]' } });
    expect(trail.body.data[0].recordLabel).toBe('Ada Admin');
    expect(trail.body.data[0].via).toBe('ui');
  });

  it('resets a forgotten password through a link sent over SMTP', async () => {
    const ws = await buildWorkspace(server);
    const session = await signIn(server, ws.admin.email, PASSWORD);
    const before = smtp.messages.length;
    expect((await server.anonymous.post('/auth/password-resets', { email: ws.admin.email })).status).toBe(
      202,
    );
    expect((await server.anonymous.post('/auth/password-resets', { email: uniqueEmail() })).status).toBe(202);
    await server.runner.drain();
    expect(smtp.messages.length).toBe(before + 1);
    const mail = smtp.messages.at(-1);
    expect(mail?.to).toMatchObject({ text: ws.admin.email });
    const token = /token=([A-Za-z0-9_%-]+)/.exec(mail?.text ?? '')?.[1];
    expect(token).toBeDefined();

    const done = await server.anonymous.post('/auth/password-resets/complete', {
      token: decodeURIComponent(token ?? ''),
      password: 'a fresh passphrase here',
    });
    expect(done.status).toBe(204);
    expect((await session.get('/me')).status).toBe(401);
    await signIn(server, ws.admin.email, 'a fresh passphrase here');
    const reused = await server.anonymous.post('/auth/password-resets/complete', {
      token: decodeURIComponent(token ?? ''),
      password: 'another passphrase here',
    });
    expect(reused.status).toBe(422);
  });
});

describe('profile and workspaces', () => {
  it('renames me, creates another workspace and switches to it', async () => {
    const ws = await buildWorkspace(server, 'First');
    const session = await signIn(server, ws.admin.email, PASSWORD);
    expect((await session.patch('/me', { name: 'Ada Byron' })).body.user.name).toBe('Ada Byron');
    const second = await session.post('/workspaces', { name: 'Second' });
    expect(second.status).toBe(201);
    const me = await session.get('/me');
    expect(me.body.workspaces.map((w: { name: string }) => w.name).sort()).toEqual(['First', 'Second']);
    const switched = await session.post('/me/switch-workspace', { workspaceId: second.body.id });
    expect(switched.body.workspace.name).toBe('Second');
    expect((await session.get('/me')).body.workspace.id).toBe(second.body.id);
    const foreign = await session.post('/me/switch-workspace', {
      workspaceId: '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f',
    });
    expect(foreign.status).toBe(404);
  });
});
