import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

describe('teams', () => {
  it('creates, renames, changes members and deletes a team', async () => {
    const alice = await buildMember(server, ws, 'sales');
    const bob = await buildMember(server, ws, 'sales');
    const created = await ws.api.post('/teams', {
      name: 'North',
      description: 'Northern region',
      memberIds: [alice.id],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'North', memberIds: [alice.id], version: 1 });
    const updated = await ws.api.patch(`/teams/${created.body.id}`, {
      name: 'North-East',
      memberIds: [bob.id],
    });
    expect(updated.body).toMatchObject({ name: 'North-East', memberIds: [bob.id], version: 2 });
    expect((await ws.api.delete(`/teams/${created.body.id}`)).status).toBe(204);
    expect((await ws.api.get(`/teams/${created.body.id}`)).status).toBe(404);
    expect((await ws.api.get(`/users/${bob.id}`)).status).toBe(200);

    const history = await ws.api.get(`/audit-log?recordId=${created.body.id}&limit=50`);
    const actions = history.body.data.map(
      (e: { objectType: string; action: string }) => `${e.objectType}:${e.action}`,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'team:created',
        'team:updated',
        'teamMember:created',
        'teamMember:deleted',
        'team:deleted',
      ]),
    );
  });

  it('refuses a duplicate name and members from outside the workspace', async () => {
    await ws.api.post('/teams', { name: 'Unique' });
    expect((await ws.api.post('/teams', { name: 'Unique' })).status).toBe(409);
    const stranger = await buildWorkspace(server, 'Other');
    const bad = await ws.api.post('/teams', { name: 'Mixed', memberIds: [stranger.admin.id] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('/memberIds');
  });

  it('lets every role read teams but only admins change them', async () => {
    const viewer = await buildMember(server, ws, 'viewer');
    expect((await viewer.api.get('/teams')).status).toBe(200);
    expect((await viewer.api.post('/teams', { name: 'Mine' })).status).toBe(403);
  });
});
