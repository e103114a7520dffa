import { expect, it } from 'vitest';
import type { ApiClient, ApiResponse, Json } from './api-client.ts';
import { buildWorkspace, type TestWorkspace } from './factories.ts';
import type { TestServer } from './test-server.ts';

interface IdsSelectionSubject {
  /** The list's path: `/people`, `/companies`. */
  path: string;
  /** Creates a record called `name` and returns its id. */
  create: (api: ApiClient, name: string) => Promise<string>;
  /** The name a listed record shows. */
  name: (record: Json) => string;
  context: () => { server: TestServer; ws: TestWorkspace };
}

/**
 * The rules every list's `?ids=` selection keeps, whatever the object: only live records of the
 * workspace, at most 200 well-formed ids. Each object's own test adds what its filters do with it.
 */
export function itKeepsTheIdsSelectionRules({ path, create, name, context }: IdsSelectionSubject) {
  const names = (response: ApiResponse<Json>) => response.body.data.map(name);

  it('leaves out deleted and merged records, and another workspace’s', async () => {
    const { server, ws } = context();
    const kept = await create(ws.api, 'Kept');
    const deleted = await create(ws.api, 'Deleted');
    const merged = await create(ws.api, 'Merged');
    const other = await buildWorkspace(server, 'Elsewhere');
    const foreign = await create(other.api, 'Foreign');
    expect((await ws.api.delete(`${path}/${deleted}`)).status).toBe(204);
    expect((await ws.api.post(`${path}/${kept}/merge`, { mergedId: merged })).status).toBe(201);

    const listed = await ws.api.get(`${path}?ids=${[kept, deleted, merged, foreign].join(',')}`);
    expect(listed.status).toBe(200);
    expect(names(listed)).toEqual(['Kept']);
    expect(names(await other.api.get(`${path}?ids=${kept},${foreign}`))).toEqual(['Foreign']);
  });

  it('refuses a malformed selection or one of more than 200 ids with a problem', async () => {
    const { ws } = context();
    const id = await create(ws.api, 'Many');
    const many = (n: number) => Array.from({ length: n }, () => id).join(',');
    for (const query of ['ids=nope', `ids=${id},`, `ids=${id},x`, 'ids=', `ids=${many(201)}`]) {
      const response = await ws.api.get(`${path}?${query}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.body).toMatchObject({ status: 400, type: expect.stringMatching(/validation/) });
      expect(response.body.errors[0].path).toMatch(/^\/query\/ids/);
    }
    expect(names(await ws.api.get(`${path}?limit=200&ids=${many(200)}`))).toEqual(['Many']);
    expect((await ws.api.get(`${path}/count?ids=nope`)).status).toBe(400);
  });
}
