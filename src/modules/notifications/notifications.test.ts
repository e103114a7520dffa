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

const mention = (id: string, text: string) => `<p>${text} <span data-mention="${id}">@you</span></p>`;

describe('notifications', () => {
  it('lead to the company a note is about when it concerns no person', async () => {
    const colleague = await buildMember(server, ws, 'sales');
    const company = (await ws.api.post('/companies', { name: 'Initech' })).body;
    await ws.api.post('/activities', {
      type: 'note',
      bodyHtml: mention(colleague.id, 'Renewal'),
      companyId: company.id,
    });
    const inbox = (await colleague.api.get('/notifications')).body;
    expect(inbox.data[0]).toMatchObject({
      recordType: 'company',
      recordId: company.id,
      body: 'Renewal @you',
    });
  });

  it('list newest first, a page at a time; marked read one by one or all, each member their own', async () => {
    const colleague = await buildMember(server, ws, 'support');
    const person = (await ws.api.post('/people', { lastName: 'Often' })).body;
    for (const text of ['First', 'Second', 'Third'])
      await ws.api.post('/activities', {
        type: 'note',
        bodyHtml: mention(colleague.id, text),
        personIds: [person.id],
      });
    const first = (await colleague.api.get('/notifications?limit=2')).body;
    expect(first.data.map((n: { body: string }) => n.body)).toEqual(['Third @you', 'Second @you']);
    expect(first.unread).toBe(3);
    const rest = (await colleague.api.get(`/notifications?limit=2&cursor=${first.nextCursor}`)).body;
    expect(rest.data.map((n: { body: string }) => n.body)).toEqual(['First @you']);

    // Someone else cannot mark them; their owner marks one, then the rest.
    const third = first.data[0].id;
    expect((await ws.api.post('/notifications/read', { ids: [third] })).body.marked).toBe(0);
    expect((await colleague.api.post('/notifications/read', { ids: [] })).body.marked).toBe(0);
    expect((await colleague.api.post('/notifications/read', { ids: [third] })).body.marked).toBe(1);
    const after = (await colleague.api.get('/notifications?unread=true')).body;
    expect([after.unread, after.data.length]).toEqual([2, 2]);
    expect((await colleague.api.post('/notifications/read', {})).body.marked).toBe(2);
    expect((await colleague.api.get('/notifications')).body).toMatchObject({ unread: 0 });
  });
});
