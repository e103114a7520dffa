import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

const person = async (firstName: string, lastName: string, email: string) =>
  (await ws.api.post('/people', { firstName, lastName, email })).body as { id: string };

describe('a record merged away', () => {
  it('answers 404 naming the person it went into, on the record and its overview; undone, it is back', async () => {
    const kept = await person('Jonathan', 'Smithers', 'jonathan@smithers.example');
    const gone = await person('Jon', 'Smithers', 'jon@smithers.example');
    const merge = await ws.api.post(`/people/${kept.id}/merge`, { mergedId: gone.id });
    expect(merge.status).toBe(201);

    for (const path of [`/people/${gone.id}`, `/people/${gone.id}/overview`]) {
      const answer = await ws.api.get(path);
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.body).toMatchObject({
        status: 404,
        title: 'Not found',
        detail: 'Jon Smithers was merged into Jonathan Smithers.',
        mergedInto: {
          id: kept.id,
          name: 'Jonathan Smithers',
          mergedName: 'Jon Smithers',
          mergeId: merge.body.id,
          mergedAt: merge.body.createdAt,
        },
      });
    }
    // Writing to it says the same: the caller learns where to go.
    const edit = await ws.api.patch(`/people/${gone.id}`, { jobTitle: 'Late' });
    expect(edit.status).toBe(404);
    expect(edit.body.mergedInto.id).toBe(kept.id);

    expect((await ws.api.post(`/merges/${merge.body.id}/undo`)).status).toBe(200);
    const back = await ws.api.get(`/people/${gone.id}`);
    expect(back.status).toBe(200);
    expect(back.body.name).toBe('Jon Smithers');
  });

  it('leads past a survivor merged in turn to the record that is left', async () => {
    const a = await person('Chain', 'One', 'one@chain.example');
    const b = await person('Chain', 'Two', 'two@chain.example');
    const c = await person('Chain', 'Three', 'three@chain.example');
    const first = (await ws.api.post(`/people/${b.id}/merge`, { mergedId: a.id })).body;
    await ws.api.post(`/people/${c.id}/merge`, { mergedId: b.id });
    const answer = await ws.api.get(`/people/${a.id}`);
    expect(answer.status).toBe(404);
    expect(answer.body.mergedInto).toMatchObject({
      id: c.id,
      name: 'Chain Three',
      mergedName: 'Chain One',
      mergeId: first.id,
    });
  });

  it('a record deleted, or merged into one deleted since, is simply not found', async () => {
    const deleted = await person('Del', 'Eted', 'deleted@gone.example');
    expect((await ws.api.delete(`/people/${deleted.id}`)).status).toBe(204);
    const plain = await ws.api.get(`/people/${deleted.id}`);
    expect(plain.status).toBe(404);
    expect(plain.body.detail).toBe('No such person.');
    expect(plain.body).not.toHaveProperty('mergedInto');

    const kept = await person('Short', 'Lived', 'short@gone.example');
    const gone = await person('Shorter', 'Lived', 'shorter@gone.example');
    await ws.api.post(`/people/${kept.id}/merge`, { mergedId: gone.id });
    await ws.api.delete(`/people/${kept.id}`);
    const orphan = await ws.api.get(`/people/${gone.id}`);
    expect(orphan.status).toBe(404);
    expect(orphan.body).not.toHaveProperty('mergedInto');

    const never = await ws.api.get('/people/01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f');
    expect(never.status).toBe(404);
    expect(never.body).not.toHaveProperty('mergedInto');
  });

  it('a company merged away names the company it went into', async () => {
    const kept = (await ws.api.post('/companies', { name: 'Smithers Holdings' })).body;
    const gone = (await ws.api.post('/companies', { name: 'Smithers Hldgs' })).body;
    const merge = (await ws.api.post(`/companies/${kept.id}/merge`, { mergedId: gone.id })).body;
    for (const path of [`/companies/${gone.id}`, `/companies/${gone.id}/overview`]) {
      const answer = await ws.api.get(path);
      expect(answer.status).toBe(404);
      expect(answer.body.mergedInto).toEqual({
        id: kept.id,
        name: 'Smithers Holdings',
        mergedName: 'Smithers Hldgs',
        mergeId: merge.id,
        mergedAt: merge.createdAt,
      });
    }
  });
});

describe('the kept record’s history', () => {
  it('holds the merge, even one that changed none of its fields, and its undo, naming both records', async () => {
    const kept = await person('Twin', 'Record', 'twin@record.example');
    // The same person again: the merge leaves the kept record's fields as they were.
    const twin = (await ws.api.post('/people', { firstName: 'Twin', email: 'twin@record.example' })).body;
    const merge = (await ws.api.post(`/people/${kept.id}/merge`, { mergedId: twin.id })).body;
    const [entry, ...older] = (await ws.api.get(`/audit-log?recordId=${kept.id}`)).body.data;
    expect(entry).toMatchObject({
      objectType: 'merge',
      recordId: merge.id,
      action: 'created',
      merge: { id: merge.id, undo: false, survivorId: kept.id, mergedId: twin.id },
      names: { [kept.id]: 'Twin Record', [twin.id]: 'Twin' },
    });
    expect(older.map((e: { action: string }) => e.action)).toEqual(['created']);

    await ws.api.post(`/merges/${merge.id}/undo`);
    const [undone] = (await ws.api.get(`/audit-log?recordId=${kept.id}`)).body.data;
    expect(undone).toMatchObject({
      objectType: 'merge',
      action: 'updated',
      merge: { id: merge.id, undo: true, survivorId: kept.id, mergedId: twin.id },
    });
    // The record merged away has its own entries, and the merge's beside them.
    const away = (await ws.api.get(`/audit-log?recordId=${twin.id}`)).body.data;
    expect(away.map((e: { objectType: string }) => e.objectType)).toEqual([
      'merge',
      'person',
      'merge',
      'person',
      'person',
    ]);
  });
});
