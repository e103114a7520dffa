import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../../../tests/support/api-client.ts';
import { buildWorkspace } from '../../../tests/support/factories.ts';
import { runImport } from '../../../tests/support/imports.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

// Rows rejected for one problem are read and fixed together: counted by what their reasons are about.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const CSV = [
  'Email,First Name,Phone,Owner',
  'a@bad,Ada,,',
  'b@bad,Bob,,',
  'c@example.com,Cy,12,',
  'd@bad,Di,,',
  'e@example.com,Ed,,nobody@example.com',
  'f@example.com,Fay,,,extra',
  'g@example.com,Gus,,',
].join('\r\n');

describe('rejected rows, grouped by what their reasons are about', () => {
  it('counts each group, most first; lists one group’s rows; and counts the ones not yet fixed', async () => {
    const ws = await buildWorkspace(server);
    const done = await runImport(server, ws.api, CSV);
    expect(done.counts).toMatchObject({ created: 1, rejected: 6 });

    const groups = await ws.api.get(`/imports/${done.id}/rejection-groups`);
    expect(groups.status, groups.text).toBe(200);
    expect(groups.body.data).toEqual([
      { about: 'Email', count: 3, unfixed: 3 },
      { about: 'Owner', count: 1, unfixed: 1 },
      { about: 'Phone', count: 1, unfixed: 1 },
      { about: 'This row has 5 cells where the header has 4', count: 1, unfixed: 1 },
    ]);

    const email = await ws.api.get(`/imports/${done.id}/rejections?about=Email&limit=2`);
    expect(email.body.data.map((r: Json) => r.row)).toEqual([1, 2]);
    const next = await ws.api.get(
      `/imports/${done.id}/rejections?about=Email&limit=2&cursor=${encodeURIComponent(email.body.nextCursor)}`,
    );
    expect(next.body.data.map((r: Json) => r.row)).toEqual([4]);
    expect(next.body.nextCursor).toBeNull();

    const retry = await ws.api.post(`/imports/${done.id}/retry`, {
      rows: [{ row: 1, cells: ['a@example.com', 'Ada', '', ''] }],
    });
    expect(retry.status, retry.text).toBe(201);
    const after = await ws.api.get(`/imports/${done.id}/rejection-groups`);
    expect(after.body.data[0]).toEqual({ about: 'Email', count: 3, unfixed: 2 });
  });

  it('an empty `about` lists the reasons that name nothing; an unknown one lists none', async () => {
    const ws = await buildWorkspace(server);
    const done = await runImport(server, ws.api, 'Email,Notes\r\n,just a note\r\n', {
      start: { mapping: { Email: 'email', Notes: null } },
    });
    const groups = await ws.api.get(`/imports/${done.id}/rejection-groups`);
    expect(groups.body.data).toHaveLength(1);
    const [only] = groups.body.data;
    expect(only).toEqual({ about: '', count: 1, unfixed: 1 });
    const listed = await ws.api.get(`/imports/${done.id}/rejections?about=${encodeURIComponent(only.about)}`);
    expect(listed.body.data).toHaveLength(1);
    const none = await ws.api.get(`/imports/${done.id}/rejections?about=Nowhere`);
    expect(none.body.data).toEqual([]);
    const tooLong = await ws.api.get(`/imports/${done.id}/rejections?about=${'x'.repeat(301)}`);
    expect(tooLong.status).toBe(400);
  });

  it('count a row with several problems under each of its columns, which the row names', async () => {
    const ws = await buildWorkspace(server);
    const done = await runImport(server, ws.api, 'Email,First Name,Phone\r\nh@bad,Hal,12\r\ni@bad,Ida,\r\n');
    expect(done.counts).toMatchObject({ rejected: 2 });
    const groups = await ws.api.get(`/imports/${done.id}/rejection-groups`);
    expect(groups.body.data).toEqual([
      { about: 'Email', count: 2, unfixed: 2 },
      { about: 'Phone', count: 1, unfixed: 1 },
    ]);
    const phone = await ws.api.get(`/imports/${done.id}/rejections?about=Phone`);
    expect(phone.body.data).toEqual([expect.objectContaining({ row: 1, columns: ['Email', 'Phone'] })]);
    const email = await ws.api.get(`/imports/${done.id}/rejections?about=Email`);
    expect(email.body.data.map((r: Json) => r.columns)).toEqual([['Email', 'Phone'], ['Email']]);
  });

  it('name the column mapped to the owner when no member has the address it gives', async () => {
    const ws = await buildWorkspace(server);
    const done = await runImport(
      server,
      ws.api,
      'Email,Contact owner\r\nj@example.com,nobody@example.com\r\n',
    );
    expect(done.mapping).toMatchObject({ 'Contact owner': 'owner' });
    const rejections = await ws.api.get(`/imports/${done.id}/rejections`);
    expect(rejections.body.data).toEqual([
      expect.objectContaining({
        reason: 'Owner: no active member "nobody@example.com".',
        columns: ['Contact owner'],
      }),
    ]);
    const groups = await ws.api.get(`/imports/${done.id}/rejection-groups`);
    expect(groups.body.data).toEqual([{ about: 'Contact owner', count: 1, unfixed: 1 }]);
  });

  it('name the column mapped to the company, or to a relation field, whose value finds nothing', async () => {
    const ws = await buildWorkspace(server);
    const field = await ws.api.post('/custom-fields', {
      objectType: 'people',
      label: 'Referred by',
      type: 'relation',
      target: 'people',
    });
    expect(field.status, field.text).toBe(201);
    const nobody = '00000000-0000-4000-8000-000000000000';
    const done = await runImport(
      server,
      ws.api,
      `Email,Account,Referrer\r\nk@example.com,${'A'.repeat(301)},\r\nl@example.com,Acme,${nobody}\r\n`,
      {
        start: {
          mapping: { Email: 'email', Account: 'company.name', Referrer: `customFields.${field.body.key}` },
        },
      },
    );
    expect(done.counts).toMatchObject({ rejected: 2 });
    const rejections = await ws.api.get(`/imports/${done.id}/rejections`);
    expect(rejections.body.data).toEqual([
      expect.objectContaining({ reason: 'Company name: at most 300 characters.', columns: ['Account'] }),
      expect.objectContaining({ reason: 'Referred by: no such person.', columns: ['Referrer'] }),
    ]);
  });
});
