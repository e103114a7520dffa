import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { deriveTimelineUntil } from '../../../tests/support/timeline.ts';
import { deriveTimeline } from './timeline.derive.ts';
import { mentionsOf, safeFilename, sanitizeNote, textOf } from './timeline.rules.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

describe('attachment names', () => {
  it('keep no path, quote or control character, at most 255 characters, and a long name its extension', () => {
    expect(safeFilename('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeFilename('report "final".pdf')).toBe('report _final_.pdf');
    expect(safeFilename(`${'é'.repeat(300)}.pdf`)).toBe(`${'é'.repeat(251)}.pdf`);
    expect(safeFilename('...')).toBe('attachment');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (raw) => {
        const name = safeFilename(raw);
        const chars = Array.from(name);
        expect(chars.length).toBeGreaterThan(0);
        expect(chars.length).toBeLessThanOrEqual(255);
        expect(name).not.toMatch(/[\\/"\p{Cc}]|^[.\s]/u);
        // Whole characters only: a lone half of a surrogate pair would not survive UTF-8.
        expect(Buffer.from(name).toString()).toBe(name);
        const dot = raw.lastIndexOf('.');
        const extension = raw.slice(dot);
        if (dot > 0 && Array.from(raw).length > 300 && /^\.[a-z0-9]{1,8}$/.test(extension))
          expect(name.endsWith(extension)).toBe(true);
      }),
    );
  });
});

describe('note sanitising', () => {
  it('keeps formatting, links and mentions, and drops everything that could run', () => {
    const html = sanitizeNote(
      '<p onclick="x()">Hi <strong>there</strong><script>alert(1)</script> <a href="javascript:alert(1)">bad</a> ' +
        '<a href="https://ex.com">good</a> <span data-mention="01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f">@Ann</span>' +
        '<img src=x onerror=alert(1)><span data-mention="nope">@x</span><style>p{}</style></p>',
    );
    expect(html).not.toMatch(/script|onclick|onerror|javascript|<img|<style|nope/);
    expect(html).toContain('<strong>there</strong>');
    expect(html).toContain(
      '<a href="https://ex.com" rel="noopener noreferrer nofollow" target="_blank">good</a>',
    );
    expect(mentionsOf(html)).toEqual(['01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f']);
    expect(textOf('<p>a &amp; b</p><p>c</p>')).toBe('a & b\nc');
  });
});

describe('the contact history', () => {
  it('shows every interaction of a person, newest first, by page and by type', async () => {
    const company = (await ws.api.post('/companies', { name: 'Initech' })).body;
    const person = (
      await ws.api.post('/people', { firstName: 'Peter', lastName: 'Gibbons', companyId: company.id })
    ).body;
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 9, minutes)).toISOString();
    const call = await ws.api.post('/activities', {
      type: 'call',
      direction: 'outbound',
      subject: 'Intro',
      occurredAt: at(0),
      personIds: [person.id],
    });
    expect(call.status).toBe(201);
    expect(call.body).toMatchObject({
      channel: 'phone',
      companyId: company.id,
      personIds: [person.id],
      actor: { type: 'user', userId: ws.admin.id },
    });
    await ws.api.post('/activities', {
      type: 'email',
      direction: 'inbound',
      subject: 'Re: Intro',
      occurredAt: at(5),
      personIds: [person.id],
    });
    await ws.api.post('/activities', {
      type: 'meeting',
      subject: 'Demo',
      occurredAt: at(10),
      personIds: [person.id],
    });
    const page1 = await ws.api.get(`/people/${person.id}/timeline?limit=2`);
    expect(page1.body.data.map((a: { subject: string }) => a.subject)).toEqual(['Demo', 'Re: Intro']);
    const page2 = await ws.api.get(`/people/${person.id}/timeline?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.data.map((a: { subject: string }) => a.subject)).toEqual(['Intro']);
    expect(page2.body.nextCursor).toBeNull();
    const calls = await ws.api.get(`/people/${person.id}/timeline?type=call,email`);
    expect(calls.body.data.map((a: { type: string }) => a.type)).toEqual(['email', 'call']);
    const companyHistory = await ws.api.get(`/companies/${company.id}/timeline`);
    expect(companyHistory.body.data).toHaveLength(3);

    const after = (await ws.api.get(`/people/${person.id}`)).body;
    // The meeting, had together, counts without a direction.
    expect(after.lastContactedAt).toBe(at(10));
    expect(after.lastContactedBy).toBe(ws.admin.id);
    expect(after.version).toBe(person.version);

    // A removed entry leaves both histories, and the pages around it stay full.
    const removed = await ws.api.delete(`/activities/${page1.body.data[1].id}`);
    expect(removed.status).toBe(204);
    const subjects = (page: { body: { data: { subject: string }[] } }) =>
      page.body.data.map((a) => a.subject);
    const left = await ws.api.get(`/people/${person.id}/timeline?limit=2`);
    expect(subjects(left)).toEqual(['Demo', 'Intro']);
    expect(left.body.nextCursor).toBeNull();
    const companyLeft = await ws.api.get(`/companies/${company.id}/timeline?limit=1`);
    expect(subjects(companyLeft)).toEqual(['Demo']);
    const companyRest = await ws.api.get(
      `/companies/${company.id}/timeline?limit=1&cursor=${companyLeft.body.nextCursor}`,
    );
    expect(subjects(companyRest)).toEqual(['Intro']);
    expect(companyRest.body.nextCursor).toBeNull();

    // What a customer did (a form, a portal visit) names them, so the company's history says who.
    await sql`INSERT INTO activities (workspace_id, type, channel, direction, subject, actor_type, actor_person_id, company_id, occurred_at)
              VALUES (${ws.workspaceId}, 'form', 'web', 'inbound', 'Asked for a quote', 'person', ${person.id}, ${company.id}, ${at(20)})`.execute(
      server.db.kysely,
    );
    const withCustomer = await ws.api.get(`/companies/${company.id}/timeline?limit=2`);
    expect(withCustomer.body.data.map((a: { actor: unknown }) => a.actor)).toEqual([
      { type: 'person', userId: null, personId: person.id, personName: 'Peter Gibbons' },
      { type: 'user', userId: ws.admin.id, personId: null, personName: null },
    ]);
  });

  it('names the people each entry concerns, so a company’s history says with whom', async () => {
    const company = (await ws.api.post('/companies', { name: 'Vandelay Industries' })).body;
    const [art, kel] = await Promise.all(
      [
        { firstName: 'Art', lastName: 'Vandelay' },
        { firstName: 'Kel', lastName: 'Varnsen' },
      ].map(async (p) => (await ws.api.post('/people', { ...p, companyId: company.id })).body),
    );
    const meeting = await ws.api.post('/activities', {
      type: 'meeting',
      subject: 'Latex samples',
      personIds: [art.id, kel.id],
    });
    const named = [
      { id: art.id, name: 'Art Vandelay' },
      { id: kel.id, name: 'Kel Varnsen' },
    ].sort((a, b) => a.id.localeCompare(b.id));
    expect(meeting.body.people).toEqual(named);
    const history = await ws.api.get(`/companies/${company.id}/timeline`);
    expect(history.body.data[0].people).toEqual(named);
    await sql`INSERT INTO activities (workspace_id, type, channel, direction, subject, actor_type, actor_person_id, company_id)
              VALUES (${ws.workspaceId}, 'form', 'web', 'inbound', 'Kel asked for samples', 'person', ${kel.id}, ${company.id})`.execute(
      server.db.kysely,
    );
    // A deleted person is not named (their page is gone), though the entry still concerns them; nor
    // as the customer who acted.
    expect((await ws.api.delete(`/people/${kel.id}`)).status).toBe(204);
    const after = (await ws.api.get(`/people/${art.id}/timeline`)).body.data[0];
    expect(after.people).toEqual([{ id: art.id, name: 'Art Vandelay' }]);
    expect(after.personIds).toEqual(named.map((person) => person.id));
    const asked = (await ws.api.get(`/companies/${company.id}/timeline`)).body.data[0];
    expect(asked).toMatchObject({ subject: 'Kel asked for samples' });
    expect(asked.actor).toEqual({ type: 'person', userId: null, personId: kel.id, personName: null });
  });

  it('tells an empty history from a record that is not there', async () => {
    const quiet = (await ws.api.post('/people', { firstName: 'Quiet', lastName: 'Customer' })).body;
    const empty = await ws.api.get(`/people/${quiet.id}/timeline`);
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ data: [], nextCursor: null });
    const company = (await ws.api.post('/companies', { name: 'Silent Ltd' })).body;
    expect((await ws.api.get(`/companies/${company.id}/timeline`)).body).toEqual({
      data: [],
      nextCursor: null,
    });

    const unknown = '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f';
    expect((await ws.api.get(`/people/${unknown}/timeline`)).status).toBe(404);
    expect((await ws.api.get(`/companies/${unknown}/timeline`)).status).toBe(404);
    await ws.api.post('/activities', { type: 'call', personIds: [quiet.id] });
    expect((await ws.api.delete(`/people/${quiet.id}`)).status).toBe(204);
    expect((await ws.api.get(`/people/${quiet.id}/timeline`)).status).toBe(404);
    const other = await buildWorkspace(server);
    expect((await other.api.get(`/companies/${company.id}/timeline`)).status).toBe(404);
  });

  it('refuses an interaction about nobody, or about people of another workspace', async () => {
    expect((await ws.api.post('/activities', { type: 'note', body: 'x' })).status).toBe(400);
    const other = await buildWorkspace(server, 'Other');
    const stranger = (await other.api.post('/people', { lastName: 'Stranger' })).body;
    const response = await ws.api.post('/activities', { type: 'note', body: 'x', personIds: [stranger.id] });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe('/personIds/0');
  });

  it('notifies the colleagues a note mentions', async () => {
    const colleague = await buildMember(server, ws, 'sales');
    const person = (await ws.api.post('/people', { lastName: 'Mentioned' })).body;
    const note = await ws.api.post('/activities', {
      type: 'note',
      bodyHtml: `<p>Please call back, <span data-mention="${colleague.id}">@Sam</span> <script>x</script></p>`,
      personIds: [person.id],
    });
    expect(note.body.bodyHtml).not.toContain('script');
    expect(note.body.body).toBe('Please call back, @Sam');
    const inbox = await colleague.api.get('/notifications?unread=true');
    expect(inbox.body.unread).toBe(1);
    expect(inbox.body.data[0]).toMatchObject({
      kind: 'mention',
      recordType: 'person',
      recordId: person.id,
      title: 'Ada Admin mentioned you in a note',
    });
    expect((await colleague.api.post('/notifications/read', {})).body.marked).toBe(1);
    expect((await ws.api.get('/notifications')).body.data).toEqual([]);
    await server.runner.drain();
    const outbox = await ws.api.get('/outbox-messages');
    expect(
      outbox.body.data.some(
        (m: { kind: string; to: string }) => m.kind === 'mention' && m.to === colleague.email,
      ),
    ).toBe(true);
  });

  it('stores attachments and serves them only as downloads', async () => {
    const person = (await ws.api.post('/people', { lastName: 'Files' })).body;
    const note = (
      await ws.api.post('/activities', { type: 'note', body: 'see file', personIds: [person.id] })
    ).body;
    const html = '<html><script>alert(document.cookie)</script></html>';
    const uploaded = await ws.api.post(
      `/activities/${note.id}/attachments?filename=${encodeURIComponent('report "final".html')}`,
      html,
      {
        'content-type': 'text/html',
      },
    );
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({
      filename: 'report _final_.html',
      contentType: 'text/html',
      size: html.length,
    });
    const download = await ws.api.get(`/attachments/${uploaded.body.id}`);
    expect(download.text).toBe(html);
    expect(download.headers.get('content-type')).toBe('application/octet-stream');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''/);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    // The download's own policy, stricter than the app's, is kept: nothing in it may run.
    expect(download.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect((await ws.api.get(`/activities/${note.id}`)).body.attachments).toHaveLength(1);
    const big = await ws.api.post(
      `/activities/${note.id}/attachments?filename=big.bin`,
      'x'.repeat(10 * 1024 * 1024 + 1),
      {
        'content-type': 'application/octet-stream',
      },
    );
    expect(big.status).toBe(413);
  });

  it('lets a member attach files to, and remove them from, only the entries she may change', async () => {
    const rep = await buildMember(server, ws, 'sales');
    const person = (await ws.api.post('/people', { lastName: 'Shared' })).body;
    const attach = (api: typeof ws.api, activityId: string, filename: string) =>
      api.post(`/activities/${activityId}/attachments?filename=${filename}`, `${filename} body`, {
        'content-type': 'text/plain',
      });
    const hers = (await rep.api.post('/activities', { type: 'note', body: 'mine', personIds: [person.id] }))
      .body;
    const admins = (
      await ws.api.post('/activities', { type: 'note', body: 'not hers', personIds: [person.id] })
    ).body;

    const own = await attach(rep.api, hers.id, 'own.txt');
    expect(own.status).toBe(201);
    expect((await attach(rep.api, admins.id, 'theirs.txt')).status).toBe(403);
    const adminsFile = (await attach(ws.api, admins.id, 'admin.txt')).body;
    expect((await rep.api.get(`/attachments/${adminsFile.id}`)).text).toBe('admin.txt body');
    expect((await rep.api.delete(`/attachments/${adminsFile.id}`)).status).toBe(403);
    expect((await ws.api.get(`/activities/${admins.id}`)).body.attachments).toHaveLength(1);

    expect((await rep.api.delete(`/attachments/${own.body.id}`)).status).toBe(204);
    expect((await rep.api.get(`/attachments/${own.body.id}`)).status).toBe(404);
    expect((await rep.api.get(`/activities/${hers.id}`)).body.attachments).toEqual([]);
  });

  it('derives history entries from stage changes, orders and tickets, once each', async () => {
    const person = (await ws.api.post('/people', { lastName: 'Buyer', email: 'buyer@example.com' })).body;
    await ws.api.patch(`/people/${person.id}`, { lifecycleStage: 'customer' });
    const stageChanges = () => ws.api.get(`/people/${person.id}/timeline?type=stage_change`);
    await deriveTimelineUntil(server.db, async () => (await stageChanges()).body.data.length > 0);
    await deriveTimeline(server.db);
    const history = await stageChanges();
    expect(history.body.data.map((a: { subject: string }) => a.subject)).toEqual([
      'Lifecycle stage: lead → customer',
    ]);

    const placed = {
      externalId: 'shop-77',
      personId: person.id,
      orderedAt: '2026-03-01T10:00:00Z',
      currency: 'EUR',
      lines: [{ sku: 'MUG', quantity: 2, unitPrice: 12 }],
    };
    const order = await ws.api.post('/orders', placed);
    const orders = () => ws.api.get(`/people/${person.id}/timeline?type=order`);
    await deriveTimelineUntil(server.db, async () => (await orders()).body.data.length > 0);
    // Paying it changes the order, not its place in the history.
    expect((await ws.api.post('/orders', { ...placed, status: 'paid' })).status).toBe(200);
    await deriveTimeline(server.db);
    const bought = (await orders()).body.data;
    expect(bought).toHaveLength(1);
    expect(bought[0]).toMatchObject({
      subject: 'Order shop-77: 24 EUR',
      orderId: order.body.id,
      occurredAt: '2026-03-01T10:00:00.000Z',
      metadata: { number: 'shop-77', total: 24, currency: 'EUR' },
    });
  });

  it('credits a derived entry to whoever acted: the customer, or the member who made the change', async () => {
    const person = (await ws.api.post('/people', { firstName: 'Cara', lastName: 'Client' })).body;
    await ws.api.patch(`/people/${person.id}`, { lifecycleStage: 'customer' });
    const order = await ws.api.post('/orders', {
      externalId: 'shop-78',
      personId: person.id,
      orderedAt: '2026-03-01T10:00:00Z',
      currency: 'EUR',
      lines: [{ sku: 'MUG', quantity: 1, unitPrice: 12 }],
    });
    expect(order.status).toBe(201);
    const ticket = (await ws.api.post('/tickets', { subject: 'Cracked mug', requesterId: person.id })).body;
    expect((await ws.api.patch(`/tickets/${ticket.id}`, { status: 'solved' })).status).toBe(200);
    const consent = { purpose: 'newsletter', channel: 'email', status: 'granted', source: 'form' };
    expect((await ws.api.post(`/people/${person.id}/consents`, consent)).status).toBe(201);
    const task = (await ws.api.post('/tasks', { title: 'Send a new mug', personId: person.id })).body;
    expect((await ws.api.patch(`/tasks/${task.id}`, { status: 'done' })).status).toBe(200);
    const history = () => ws.api.get(`/people/${person.id}/timeline`);
    await deriveTimelineUntil(server.db, async () => (await history()).body.data.length >= 6);
    const customer = { type: 'person', personId: person.id, personName: 'Cara Client', userId: null };
    const member = { type: 'user', userId: ws.admin.id, personId: null, personName: null };
    const entries = (await history()).body.data;
    const actors = Object.fromEntries(
      entries.map((a: { subject: string; actor: unknown }) => [a.subject, a.actor]),
    );
    expect(actors).toEqual({
      'Lifecycle stage: lead → customer': member,
      'Order shop-78: 12 EUR': customer,
      [`Ticket #${ticket.number} opened: Cracked mug`]: customer,
      [`Ticket #${ticket.number} is now solved`]: member,
      'Consent granted: newsletter by email': customer,
      'Task done: Send a new mug': member,
    });
    // They follow their records: not even the member they credit edits or deletes them.
    expect(entries.every((a: { derived: boolean }) => a.derived)).toBe(true);
    const stage = entries.find((a: { type: string }) => a.type === 'stage_change');
    const edit = await ws.api.patch(`/activities/${stage.id}`, { subject: 'Lifecycle stage: made up' });
    expect(edit.status).toBe(409);
    expect(edit.body.detail).toBe('This entry follows the record it comes from: change that record instead.');
    expect((await ws.api.delete(`/activities/${stage.id}`)).status).toBe(409);
    const call = { type: 'call', direction: 'outbound', personIds: [person.id] };
    const logged = (await ws.api.post('/activities', call)).body;
    expect(logged.derived).toBe(false);
    expect((await ws.api.delete(`/activities/${logged.id}`)).status).toBe(204);
  });
});
