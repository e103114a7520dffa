import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { COMPANY_REFERENCES, PERSON_REFERENCES } from './merge.references.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

/** Scans a workspace's people and gives the pairs it offers: the two ids, sorted, and the reasons. */
async function scannedPairs(local: TestWorkspace): Promise<[string[], string[]][]> {
  expect((await local.api.post('/duplicates/scan', { objectType: 'people' })).status).toBe(200);
  const open = (await local.api.get('/duplicates')).body.data;
  return open.map((p: { records: { id: string }[]; reasons: string[] }) => [
    p.records.map((r) => r.id).sort(),
    p.reasons,
  ]);
}

describe('merge references', () => {
  it('name every foreign key that points at people or companies', async () => {
    const rows = await sql<{ referenced: string; table: string; column: string }>`
      SELECT r.relname AS referenced, t.relname AS table, a.attname AS column
      FROM pg_constraint k
      JOIN pg_class t ON t.oid = k.conrelid
      JOIN pg_class r ON r.oid = k.confrelid
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.conkey[array_length(k.conkey, 1)]
      WHERE k.contype = 'f' AND r.relname IN ('people', 'companies')`.execute(server.db.kysely);
    const listed = (refs: { table: string; column: string }[]) =>
      refs.map((r) => `${r.table}.${r.column}`).sort();
    expect(listed(PERSON_REFERENCES)).toEqual(
      rows.rows
        .filter((r) => r.referenced === 'people')
        .map((r) => `${r.table}.${r.column}`)
        .sort(),
    );
    expect(listed(COMPANY_REFERENCES)).toEqual(
      rows.rows
        .filter((r) => r.referenced === 'companies')
        .map((r) => `${r.table}.${r.column}`)
        .sort(),
    );
  });
});

describe('finding duplicates', () => {
  it('suggests people sharing an e-mail or phone, or with the same name at the same company; dismissed pairs stay dismissed', async () => {
    const local = await buildWorkspace(server, 'Dupes');
    const acme = (await local.api.post('/companies', { name: 'Acme' })).body;
    const a = (
      await local.api.post('/people', { firstName: 'Jon', lastName: 'Snow', email: 'jon@winterfell.example' })
    ).body;
    const b = (
      await local.api.post('/people', {
        firstName: 'Jonathan',
        lastName: 'Snow',
        emails: [{ address: 'JON@winterfell.example', type: 'personal' }],
      })
    ).body;
    const c = (await local.api.post('/people', { firstName: 'Arya', lastName: 'Stark', companyId: acme.id }))
      .body;
    const d = (await local.api.post('/people', { firstName: 'Ayra', lastName: 'Stark', companyId: acme.id }))
      .body;
    await local.api.post('/people', { firstName: 'Unrelated', lastName: 'Person', phone: '+1 415 555 0000' });
    // Relatives at the same company: the long surname alone does not make them one person.
    for (const firstName of ['Pieter', 'Vera'])
      await local.api.post('/people', { firstName, lastName: 'van der Linden', companyId: acme.id });
    const scan = await local.api.post('/duplicates/scan', { objectType: 'people' });
    expect(scan.status).toBe(200);
    const open = (await local.api.get('/duplicates')).body.data;
    const pairs = open.map((p: { records: { id: string }[]; reasons: string[] }) => [
      p.records
        .map((r) => r.id)
        .sort()
        .join(),
      p.reasons,
    ]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        [[a.id, b.id].sort().join(), ['email']],
        [[c.id, d.id].sort().join(), ['name_and_company']],
      ]),
    );
    expect(open).toHaveLength(2);
    expect(open[0].score).toBeGreaterThanOrEqual(open[1].score);
    // The shared value is named: which e-mail; a similar name names none.
    const byReason = Object.fromEntries(open.map((p: { reasons: string[] }) => [p.reasons[0], p]));
    expect(byReason.email.matches).toEqual([{ reason: 'email', value: 'jon@winterfell.example' }]);
    expect(byReason.name_and_company.matches).toEqual([]);
    await local.api.post(`/duplicates/${open[1].id}/dismiss`);
    await local.api.post('/duplicates/scan', { objectType: 'people' });
    expect((await local.api.get('/duplicates')).body.data).toHaveLength(1);
    expect((await local.api.get('/duplicates?status=dismissed')).body.data).toHaveLength(1);
  });

  it('is surer of a pair the more separate evidence it has, never certain; a scan brings older scores up to date', async () => {
    const local = await buildWorkspace(server, 'Evidence');
    const acme = (await local.api.post('/companies', { name: 'Acme' })).body;
    const person = (firstName: string, phone: string) =>
      local.api.post('/people', { firstName, lastName: 'Stracke', phone, companyId: acme.id });
    await person('Kaela', '+1 617 427 5143');
    await person('Kaela', '+1 617 427 5143');
    await person('Otto', '+1 617 427 9999');
    await person('Lena', '+1 617 427 9999');
    expect((await local.api.post('/duplicates/scan', { objectType: 'people' })).status).toBe(200);
    const open = (await local.api.get('/duplicates')).body.data as {
      id: string;
      reasons: string[];
      score: number;
    }[];
    expect(open.map((p) => [p.reasons, p.score])).toEqual([
      [['name_and_company', 'phone'], 0.963], // 1 - (1 - 0.75) × (1 - 0.85)
      [['phone'], 0.85],
    ]);

    // A pair scored by an older rule (the strongest reason alone) is rescored by the next scan.
    const surest = open[0]?.id;
    await sql`UPDATE duplicate_candidates SET score = 0.85 WHERE id = ${surest}`.execute(server.db.kysely);
    await local.api.post('/duplicates/scan', { objectType: 'people' });
    expect((await local.api.get(`/duplicates?status=open`)).body.data[0]).toMatchObject({
      id: surest,
      score: 0.963,
    });
  });

  it('pairs the same name at the same e-mail domain, but not at a free mail provider', async () => {
    const local = await buildWorkspace(server, 'Name and domain');
    const person = (firstName: string, lastName: string, email: string) =>
      local.api.post('/people', { firstName, lastName, email });
    const a = (await person('Pat', 'Lee', 'pat.lee@initech.example')).body;
    const b = (await person('Lee', 'Pat', 'plee@initech.example')).body;
    await person('Pat', 'Lee', 'patlee1980@gmail.com');
    await person('Pat', 'Lee', 'pat.lee.home@gmail.com');
    await person('Pat', 'Lee', 'pat@example.org');
    await person('Pat', 'Lee', 'lee.pat@example.org');
    expect(await scannedPairs(local)).toEqual([[[a.id, b.id].sort(), ['name_and_domain']]]);
  });

  it('does not pair a name that more than 50 people at one domain share: a placeholder', async () => {
    const local = await buildWorkspace(server, 'Placeholders');
    for (let i = 0; i < 51; i++)
      await local.api.post('/people', { firstName: 'Test', lastName: 'User', email: `test${i}@qa.example` });
    const a = (
      await local.api.post('/people', { firstName: 'Ana', lastName: 'Ruiz', email: 'ana@qa.example' })
    ).body;
    const b = (
      await local.api.post('/people', { firstName: 'Ana', lastName: 'Ruiz', email: 'aruiz@qa.example' })
    ).body;
    expect(await scannedPairs(local)).toEqual([[[a.id, b.id].sort(), ['name_and_domain']]]);
  });

  it('pairs names at one company that differ by a letter, not only by its order', async () => {
    const local = await buildWorkspace(server, 'Similar names');
    const acme = (await local.api.post('/companies', { name: 'Acme' })).body;
    const person = (firstName: string) =>
      local.api.post('/people', { firstName, lastName: 'Berg', companyId: acme.id });
    const a = (await person('Kristina')).body;
    const b = (await person('Kristine')).body;
    await person('Karl');
    expect(await scannedPairs(local)).toEqual([[[a.id, b.id].sort(), ['name_and_company']]]);
  });

  it('pairs the same full name among people without an e-mail, when one has no company', async () => {
    const local = await buildWorkspace(server, 'Same name');
    const sherwood = (await local.api.post('/companies', { name: 'Sherwood' })).body;
    const a = (await local.api.post('/people', { firstName: 'Robin', lastName: 'Hood' })).body;
    const b = (
      await local.api.post('/people', { firstName: 'Robin', lastName: 'Hood', companyId: sherwood.id })
    ).body;
    await local.api.post('/people', {
      firstName: 'Robin',
      lastName: 'Hood',
      email: 'robin@sherwood.example',
    });
    await local.api.post('/people', { lastName: 'Tuck' });
    await local.api.post('/people', { lastName: 'Tuck' });
    expect(await scannedPairs(local)).toEqual([[[a.id, b.id].sort(), ['name']]]);
  });

  it('suggests companies sharing a domain', async () => {
    const local = await buildWorkspace(server, 'Dupe companies');
    await local.api.post('/companies', { name: 'Initech', domain: 'initech.example' });
    await local.api.post('/companies', { name: 'Initech Software', domains: ['www.initech.example'] });
    await local.api.post('/duplicates/scan', { objectType: 'companies' });
    const open = (await local.api.get('/duplicates?objectType=companies')).body.data;
    expect(open).toHaveLength(1);
    expect(open[0].reasons).toEqual(['domain']);
    expect(open[0].matches).toEqual([{ reason: 'domain', value: 'initech.example' }]);

    // Merged, the pair leaves the review list; undone, it comes back to be decided again.
    const [first, second] = open[0].records;
    const merged = await local.api.post(`/companies/${first.id}/merge`, { mergedId: second.id });
    expect(merged.status).toBe(201);
    expect((await local.api.get('/duplicates?objectType=companies')).body.data).toHaveLength(0);
    expect((await local.api.post(`/merges/${merged.body.id}/undo`)).status).toBe(200);
    const reopened = (await local.api.get('/duplicates?objectType=companies')).body.data;
    expect(reopened.map((pair: { id: string }) => pair.id)).toEqual([open[0].id]);
  });
});

describe('the merged list', () => {
  it('shows the record kept, the one merged away as it was, who merged and when, and undoes from there', async () => {
    const local = await buildWorkspace(server, 'Merged list');
    const keep = (
      await local.api.post('/people', { firstName: 'Sam', lastName: 'Tarly', email: 'sam@citadel.example' })
    ).body;
    const gone = (
      await local.api.post('/people', {
        firstName: 'Samwell',
        lastName: 'Tarly',
        emails: [
          { address: 'samwell@horn-hill.example', type: 'personal' },
          { address: 'SAM@citadel.example', type: 'work' },
        ],
      })
    ).body;
    await local.api.post('/duplicates/scan', { objectType: 'people' });
    const [open] = (await local.api.get('/duplicates')).body.data;
    const merge = await local.api.post(`/people/${keep.id}/merge`, {
      mergedId: gone.id,
      choices: { firstName: 'merged' },
    });
    expect(merge.status).toBe(201);

    const merged = await local.api.get('/duplicates?status=merged');
    expect(merged.status).toBe(200);
    expect(merged.body.data).toHaveLength(1);
    expect(merged.body.data[0]).toMatchObject({
      id: open.id,
      status: 'merged',
      records: [
        { id: keep.id, name: 'Samwell Tarly', detail: 'sam@citadel.example' },
        { id: gone.id, name: 'Samwell Tarly', detail: 'samwell@horn-hill.example' },
      ],
      merge: {
        id: merge.body.id,
        survivorId: keep.id,
        mergedId: gone.id,
        mergedAt: merge.body.createdAt,
        mergedBy: { id: local.admin.id, name: 'Ada Admin' },
        undoable: true,
      },
    });
    // Listed there, and nowhere else.
    expect((await local.api.get(`/people/${gone.id}`)).status).toBe(404);
    const people = (await local.api.get('/people')).body.data.map((p: { id: string }) => p.id);
    expect(people).toEqual([keep.id]);
    expect((await local.api.get('/duplicates')).body.data).toHaveLength(0);

    expect((await local.api.post(`/merges/${merged.body.data[0].merge.id}/undo`)).status).toBe(200);
    expect((await local.api.get('/duplicates?status=merged')).body.data).toHaveLength(0);
    const reopened = (await local.api.get('/duplicates')).body.data;
    expect(reopened).toMatchObject([{ id: open.id, status: 'open', merge: null }]);
    expect((await local.api.get(`/people/${gone.id}`)).body.firstName).toBe('Samwell');
  });
});

describe('merging people', () => {
  it('keeps every interaction, deal, ticket, order and detail of both, and can be undone', async () => {
    const acme = (await ws.api.post('/companies', { name: 'Merge Co' })).body;
    const keep = (
      await ws.api.post('/people', {
        firstName: 'Kim',
        lastName: 'Keep',
        email: 'kim@keep.example',
        tags: ['a'],
      })
    ).body;
    const gone = (
      await ws.api.post('/people', {
        firstName: 'Kimberly',
        lastName: 'Keep',
        email: 'kim@other.example',
        phone: '+1 212 555 0199',
        jobTitle: 'Buyer',
        companyId: acme.id,
        tags: ['b'],
      })
    ).body;
    const both = (
      await ws.api.post('/activities', {
        type: 'meeting',
        subject: 'With both',
        personIds: [keep.id, gone.id],
      })
    ).body;
    const call = (
      await ws.api.post('/activities', { type: 'call', subject: 'With gone', personIds: [gone.id] })
    ).body;
    const deal = (await ws.api.post('/deals', { name: 'Gone deal', personIds: [gone.id] })).body;
    const ticket = (await ws.api.post('/tickets', { subject: 'Gone ticket', requesterId: gone.id })).body;
    const order = (
      await ws.api.post('/orders', {
        externalId: 'gone-1',
        personId: gone.id,
        orderedAt: '2026-01-01T00:00:00Z',
        currency: 'EUR',
        lines: [{ sku: 'X', quantity: 1, unitPrice: 10 }],
      })
    ).body;

    const merged = await ws.api.post(`/people/${keep.id}/merge`, {
      mergedId: gone.id,
      choices: { firstName: 'merged' },
    });
    expect(merged.status).toBe(201);
    const survivor = (await ws.api.get(`/people/${keep.id}`)).body;
    expect(survivor).toMatchObject({
      firstName: 'Kimberly',
      lastName: 'Keep',
      email: 'kim@keep.example',
      phone: '+12125550199',
      jobTitle: 'Buyer',
      companyId: acme.id,
      tags: ['a', 'b'],
    });
    expect(survivor.emails.map((e: { address: string }) => e.address)).toEqual([
      'kim@keep.example',
      'kim@other.example',
    ]);
    expect((await ws.api.get(`/people/${gone.id}`)).status).toBe(404);
    const history = (await ws.api.get(`/people/${keep.id}/timeline`)).body.data.map(
      (a: { id: string }) => a.id,
    );
    expect(history).toEqual(expect.arrayContaining([both.id, call.id]));
    expect((await ws.api.get(`/deals/${deal.id}`)).body.personIds).toEqual([keep.id]);
    expect((await ws.api.get(`/tickets/${ticket.id}`)).body.requesterId).toBe(keep.id);
    expect((await ws.api.get(`/orders/${order.id}`)).body.personId).toBe(keep.id);
    const trail = await ws.api.get(`/audit-log?recordId=${merged.body.id}`);
    expect(trail.body.data[0]).toMatchObject({ objectType: 'merge', action: 'created' });

    const undone = await ws.api.post(`/merges/${merged.body.id}/undo`);
    expect(undone.status).toBe(200);
    expect(undone.body.undoneAt).toEqual(expect.any(String));
    const back = (await ws.api.get(`/people/${gone.id}`)).body;
    expect(back).toMatchObject({ firstName: 'Kimberly', email: 'kim@other.example' });
    const restored = (await ws.api.get(`/people/${keep.id}`)).body;
    expect(restored).toMatchObject({ firstName: 'Kim', tags: ['a'], phone: null, companyId: null });
    expect(
      (await ws.api.get(`/people/${gone.id}/timeline`)).body.data.map((a: { id: string }) => a.id).sort(),
    ).toEqual([both.id, call.id].sort());
    expect(
      (await ws.api.get(`/people/${keep.id}/timeline`)).body.data.map((a: { id: string }) => a.id),
    ).toEqual([both.id]);
    expect((await ws.api.get(`/deals/${deal.id}`)).body.personIds).toEqual([gone.id]);
    expect((await ws.api.get(`/orders/${order.id}`)).body.personId).toBe(gone.id);
    expect((await ws.api.post(`/merges/${merged.body.id}/undo`)).status).toBe(409);
  });

  it('needs the right to delete the merged record', async () => {
    const rep = await buildMember(server, ws, 'sales');
    const mine = (await rep.api.post('/people', { lastName: 'Mine' })).body;
    const theirs = (await ws.api.post('/people', { lastName: 'Theirs' })).body;
    expect((await rep.api.post(`/people/${mine.id}/merge`, { mergedId: theirs.id })).status).toBe(403);
    expect((await ws.api.post(`/people/${mine.id}/merge`, { mergedId: mine.id })).status).toBe(400);
  });
});

describe('merging companies', () => {
  it('moves people, subsidiaries and history to the survivor', async () => {
    const keep = (await ws.api.post('/companies', { name: 'Keep Inc', domain: 'keep.example' })).body;
    const gone = (await ws.api.post('/companies', { name: 'Keep Incorporated', domain: 'keep-inc.example' }))
      .body;
    const child = (await ws.api.post('/companies', { name: 'Keep Child', parentId: gone.id })).body;
    const person = (await ws.api.post('/people', { lastName: 'Employee', companyId: gone.id })).body;
    const merged = await ws.api.post(`/companies/${keep.id}/merge`, { mergedId: gone.id });
    expect(merged.status).toBe(201);
    expect((await ws.api.get(`/companies/${keep.id}`)).body.domains).toEqual([
      'keep.example',
      'keep-inc.example',
    ]);
    expect((await ws.api.get(`/companies/${child.id}`)).body.parentId).toBe(keep.id);
    expect((await ws.api.get(`/people/${person.id}`)).body.companyId).toBe(keep.id);
    await ws.api.post(`/merges/${merged.body.id}/undo`);
    expect((await ws.api.get(`/people/${person.id}`)).body.companyId).toBe(gone.id);
  });
});

describe('company names', () => {
  it('pairs companies of the same name, but not a name that more than 50 share: a chain, not a twin', async () => {
    const local = await buildWorkspace(server);
    for (let i = 0; i < 51; i++) await local.api.post('/companies', { name: 'Blue Bottle Coffee' });
    const first = (await local.api.post('/companies', { name: 'Umbrella Corporation' })).body;
    const second = (await local.api.post('/companies', { name: 'Corporation Umbrella' })).body;
    expect((await local.api.post('/duplicates/scan', { objectType: 'companies' })).status).toBe(200);
    const open = (await local.api.get('/duplicates?objectType=companies')).body.data;
    expect(open.map((p: { records: { id: string }[] }) => p.records.map((r) => r.id).sort())).toEqual([
      [first.id, second.id].sort(),
    ]);
  });
});
