import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

// Phone search across countries: numbers are stored in E.164, and a colleague types a foreign
// number as it is written in its own country (migration 0044, people.phone-query.ts).

let server: TestServer;
let us: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  us = await buildWorkspace(server, 'Phones US');
  for (const person of [
    { firstName: 'Harriet', lastName: 'Lane', jobTitle: 'Buyer', phone: '+44 20 7946 0958' },
    { firstName: 'Camille', lastName: 'Roux', phone: '+33 6 12 34 56 78' },
    { firstName: 'Giulia', lastName: 'Conti', phone: '+39 06 1234 5678' },
    { firstName: 'Mads', lastName: 'Holm', phones: [{ number: '+45 32 12 34 56', type: 'work' }] },
    { firstName: 'Ann', lastName: 'Maine', phone: '+1 207 946 0958' },
    { firstName: 'Lucía', lastName: 'Gómez', phone: '+54 9 11 2345-6789' },
  ]) {
    expect((await us.api.post('/people', person)).status).toBe(201);
  }
});
afterAll(() => server.stop());

const names = async (ws: TestWorkspace, q: string) =>
  (await ws.api.get(`/people?q=${encodeURIComponent(q)}`)).body.data.map((p: { name: string }) => p.name);

describe('phone search in national formats', () => {
  it("finds a person by another country's national format, and still by E.164", async () => {
    expect(await names(us, '020 7946 0958')).toEqual(['Harriet Lane']);
    expect(await names(us, '020-7946-0958')).toEqual(['Harriet Lane']);
    expect(await names(us, '+44 20 7946 0958')).toEqual(['Harriet Lane']);
    expect(await names(us, '+442079460958')).toEqual(['Harriet Lane']);
    expect(await names(us, '0044 20 7946 0958')).toEqual(['Harriet Lane']);
    // Without the British 0 these digits are a valid US number: at home, that is what they are.
    expect(await names(us, '207 946 0958')).toEqual(['Ann Maine']);
    // A country with no national prefix (Denmark): its national number as written.
    expect(await names(us, '32 12 34 56')).toEqual(['Mads Holm']);
    // Argentina's mobiles change the number at home: 15 after the area code, not 9 before it.
    expect(await names(us, '011 15-2345-6789')).toEqual(['Lucía Gómez']);
    expect(await names(us, '+54 9 11 2345-6789')).toEqual(['Lucía Gómez']);
  });

  it('says in the global search which number answered', async () => {
    const found = await us.api.get(`/search?q=${encodeURIComponent('020 7946 0958')}`);
    expect(found.status).toBe(200);
    expect(found.body.best).toMatchObject([
      { type: 'person', title: 'Harriet Lane', subtitle: 'Buyer · +44 20 7946 0958' },
    ]);
    expect(found.body.byType.company).toEqual([]);
    const exact = await us.api.get(`/search?q=${encodeURIComponent('+44 20 7946 0958')}`);
    expect(exact.body.best).toMatchObject([{ title: 'Harriet Lane', score: 1 }]);
  });

  it('finds nobody by a number no one has, nor by part of a national number', async () => {
    expect(await names(us, '020 7946 0000')).toEqual([]);
    expect(await names(us, '+1 202 555 0199')).toEqual([]);
    // The last eight digits of the London number: a whole number in Denmark, say, but no one's here.
    expect(await names(us, '7946 0958')).toEqual([]);
    expect(await names(us, '946 0958')).toEqual([]);
    expect((await us.api.get(`/search?q=${encodeURIComponent('020 7946 0000')}`)).body.best).toEqual([]);
  });

  it('returns the people of every country a national number is ambiguous between', async () => {
    // A French mobile and a number in Rome are both "06 12 34 56 78" at home.
    expect((await names(us, '06 12 34 56 78')).sort()).toEqual(['Camille Roux', 'Giulia Conti']);
    const hits = (await us.api.get(`/search?q=${encodeURIComponent('06 12 34 56 78')}`)).body.best;
    expect(hits.map((h: { subtitle: string }) => h.subtitle).sort()).toEqual([
      '+33 6 12 34 56 78',
      '+39 06 1234 5678',
    ]);
  });

  it("ranks the workspace's own country's reading first", async () => {
    const gb = await buildWorkspace(server, 'Phones GB');
    const workspace = await gb.api.get(`/workspaces/${gb.workspaceId}`);
    const changed = await gb.api.patch(
      `/workspaces/${gb.workspaceId}`,
      { defaultCountry: 'GB' },
      { 'if-match': workspace.headers.get('etag') ?? '' },
    );
    expect(changed.status).toBe(200);
    // The same digits are a number in Auckland's national format too.
    await gb.api.post('/people', { lastName: 'Auckland', phone: '+64 20 7946 0958' });
    await gb.api.post('/people', { lastName: 'London', phone: '020 7946 0958' });
    expect(await names(gb, '020 7946 0958')).toEqual(['London', 'Auckland']);
    const page = await gb.api.get(`/people?q=${encodeURIComponent('020 7946 0958')}&limit=1`);
    expect(page.body.data.map((p: { name: string }) => p.name)).toEqual(['London']);
    const next = await gb.api.get(
      `/people?q=${encodeURIComponent('020 7946 0958')}&limit=1&cursor=${page.body.nextCursor}`,
    );
    expect(next.body.data.map((p: { name: string }) => p.name)).toEqual(['Auckland']);
    // Written with its +code, a number is that number only.
    expect(await names(gb, '+44 20 7946 0958')).toEqual(['London']);
  });
});
