import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildMember,
  buildWorkspace,
  PASSWORD,
  signIn,
  uniqueEmail,
} from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('adding people to a workspace', () => {
  it('adds a new account with a password, who can then sign in with their role', async () => {
    const ws = await buildWorkspace(server);
    const email = uniqueEmail('grace');
    const added = await ws.api.post('/users', {
      email: email.toUpperCase(),
      name: 'Grace',
      role: 'sales',
      password: PASSWORD,
    });
    expect(added.status).toBe(201);
    expect(added.headers.get('location')).toBe(`/api/v1/users/${added.body.id}`);
    expect(added.body).toMatchObject({
      email,
      role: 'sales',
      status: 'active',
      invitationPending: false,
      version: 1,
    });
    const session = await signIn(server, email, PASSWORD);
    expect((await session.get('/me')).body.role).toBe('sales');
  });

  it('e-mails an invitation link that sets the password and joins', async () => {
    const ws = await buildWorkspace(server, 'Inviting');
    const email = uniqueEmail('invitee');
    const added = await ws.api.post('/users', { email, name: 'Ivy', role: 'support' });
    expect(added.body.invitationPending).toBe(true);
    await server.runner.drain();
    // No SMTP_URL in this server: the invitation is held in the outbox, visible to the admin.
    const outbox = await ws.api.get('/outbox-messages?status=held');
    const invitation = outbox.body.data.find((m: { to: string }) => m.to === email);
    expect(invitation).toMatchObject({ kind: 'invitation', subject: expect.stringContaining('Inviting') });
    const message = await ws.api.get(`/outbox-messages/${invitation.id}`);
    const token = decodeURIComponent(/token=([^&\s]+)/.exec(message.body.text)?.[1] ?? '');
    const accepted = await server.anonymous.post('/auth/password-resets/complete', {
      token,
      password: 'my own passphrase',
    });
    expect(accepted.status).toBe(204);
    const session = await signIn(server, email, 'my own passphrase');
    expect((await session.get('/me')).body.workspace.name).toBe('Inviting');
    expect((await ws.api.get(`/users/${added.body.id}`)).body.invitationPending).toBe(false);
  });

  it('adds an existing account from another workspace without touching its password', async () => {
    const first = await buildWorkspace(server, 'First');
    const second = await buildWorkspace(server, 'Second');
    const member = await buildMember(server, first, 'marketing');
    const withPassword = await second.api.post('/users', {
      email: member.email,
      name: 'X',
      role: 'viewer',
      password: 'another passphrase',
    });
    expect(withPassword.status).toBe(400);
    const added = await second.api.post('/users', { email: member.email, name: 'X', role: 'viewer' });
    expect(added.status).toBe(201);
    expect(added.body.id).toBe(member.id);
    const session = await signIn(server, member.email, PASSWORD);
    expect((await session.get('/me')).body.workspaces).toHaveLength(2);
    expect((await second.api.post('/users', { email: member.email, name: 'X', role: 'viewer' })).status).toBe(
      409,
    );
  });
});

describe('roles and status', () => {
  it('lets only admins manage users, while everyone may read them', async () => {
    const ws = await buildWorkspace(server);
    for (const role of ['manager', 'sales', 'support', 'marketing', 'viewer']) {
      const member = await buildMember(server, ws, role);
      expect((await member.api.get('/users')).status).toBe(200);
      expect(
        (await member.api.post('/users', { email: uniqueEmail(), name: 'N', role: 'viewer' })).status,
      ).toBe(403);
      expect((await member.api.patch(`/users/${member.id}`, { role: 'admin' })).status).toBe(403);
      expect((await member.api.get('/audit-log')).status).toBe(403);
    }
  });

  it('keeps at least one active admin', async () => {
    const ws = await buildWorkspace(server);
    const demote = await ws.api.patch(`/users/${ws.admin.id}`, { role: 'viewer' });
    expect(demote.status).toBe(409);
    const self = await ws.api.patch(`/users/${ws.admin.id}`, { status: 'deactivated' });
    expect(self.status).toBe(422);
    const other = await buildMember(server, ws, 'admin');
    expect((await ws.api.patch(`/users/${ws.admin.id}`, { role: 'manager' })).status).toBe(200);
    expect((await other.api.patch(`/users/${other.id}`, { role: 'viewer' })).status).toBe(409);
  });

  it('shuts a deactivated member out at once, tokens included, and lets them back in', async () => {
    const ws = await buildWorkspace(server);
    const member = await buildMember(server, ws, 'sales');
    const session = await signIn(server, member.email, PASSWORD);
    const off = await ws.api.patch(
      `/users/${member.id}`,
      { status: 'deactivated' },
      { 'if-match': `"${member.user.version}"` },
    );
    expect(off.status).toBe(200);
    expect(off.body.status).toBe('deactivated');
    expect((await member.api.get('/me')).status).toBe(401);
    expect((await session.get('/me')).status).toBe(401);
    const signInAgain = await server.anonymous.post('/auth/sign-in', {
      email: member.email,
      password: PASSWORD,
    });
    expect(signInAgain.status).toBe(403);
    await ws.api.patch(`/users/${member.id}`, { status: 'active' });
    expect((await member.api.get('/me')).status).toBe(200);
  });

  it('assigns teams and filters and searches the list', async () => {
    const ws = await buildWorkspace(server);
    const member = await buildMember(server, ws, 'support');
    const team = await ws.api.post('/teams', { name: 'Helpdesk' });
    const updated = await ws.api.patch(`/users/${member.id}`, { teamIds: [team.body.id] });
    expect(updated.body.teamIds).toEqual([team.body.id]);
    expect((await ws.api.get(`/teams/${team.body.id}`)).body.memberIds).toEqual([member.id]);
    const bogus = await ws.api.patch(`/users/${member.id}`, {
      teamIds: ['01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f'],
    });
    expect(bogus.status).toBe(400);
    const found = await ws.api.get(`/users?q=${encodeURIComponent(member.email.slice(0, 12))}&role=support`);
    expect(found.body.data.map((u: { id: string }) => u.id)).toEqual([member.id]);
    expect((await ws.api.get('/users?status=deactivated')).body.data).toEqual([]);
  });
});
