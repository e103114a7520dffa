import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, defineTier } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

// Custom fields as people carry them: each test has a workspace of its own, with its own definitions.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const filter = (f: unknown) => `filter=${encodeURIComponent(JSON.stringify(f))}`;

describe('custom fields on people', () => {
  it('validates, filters, sorts, archives and purges', async () => {
    const local = await buildWorkspace(server, 'Custom');
    const size = (
      await local.api.post('/custom-fields', { objectType: 'people', label: 'Shoe size', type: 'number' })
    ).body;
    const tier = await defineTier(local.api, 'people');
    expect(size.key).toBe('shoeSize');
    // A key taken is said on the field it came from: the label it was made of, or the key given.
    const again = await local.api.post('/custom-fields', {
      objectType: 'people',
      label: 'Shoe Size',
      type: 'text',
    });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([{ path: '/label', message: expect.stringMatching(/"shoeSize"/) }]);
    const byKey = { objectType: 'people', label: 'Size', key: 'shoeSize', type: 'text' };
    expect((await local.api.post('/custom-fields', byKey)).body.errors[0].path).toBe('/key');
    const a = (
      await local.api.post('/people', { lastName: 'A', customFields: { shoeSize: 44, tier: 'gold' } })
    ).body;
    await local.api.post('/people', { lastName: 'B', customFields: { shoeSize: 38 } });
    const wrong = await local.api.post('/people', {
      lastName: 'C',
      customFields: { shoeSize: 'big', tier: 'bronze', colour: 'x' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      '/customFields/colour',
      '/customFields/shoeSize',
      '/customFields/tier',
    ]);
    const big = await local.api.get(
      `/people?${filter({ field: 'customFields.shoeSize', op: 'gte', value: 40 })}`,
    );
    expect(big.body.data.map((p: { lastName: string }) => p.lastName)).toEqual(['A']);
    const sorted = await local.api.get('/people?sort=customFields.shoeSize');
    expect(sorted.body.data.map((p: { lastName: string }) => p.lastName)).toEqual(['B', 'A']);

    const removeChoice = await local.api.patch(`/custom-fields/${tier.id}`, {
      choices: [{ value: 'silver', label: 'Silver' }],
    });
    expect(removeChoice.status).toBe(409);

    expect((await local.api.delete(`/custom-fields/${size.id}`)).status).toBe(409);
    await local.api.post(`/custom-fields/${size.id}/archive`);
    expect((await local.api.get(`/people/${a.id}`)).body.customFields).toEqual({ tier: 'gold' });
    await local.api.post(`/custom-fields/${size.id}/restore`);
    expect((await local.api.get(`/people/${a.id}`)).body.customFields).toEqual({
      shoeSize: 44,
      tier: 'gold',
    });
    await local.api.post(`/custom-fields/${size.id}/archive`);
    expect((await local.api.delete(`/custom-fields/${size.id}`)).status).toBe(202);
    await server.runner.drain();
    expect((await local.api.get(`/custom-fields/${size.id}`)).status).toBe(404);
    await local.api.post(`/custom-fields/${tier.id}/archive`);
    await local.api.post(`/custom-fields/${tier.id}/restore`);
    expect((await local.api.get(`/people/${a.id}`)).body.customFields).toEqual({ tier: 'gold' });
    const trail = await local.api.get(`/audit-log?recordId=${a.id}&action=updated`);
    expect(trail.body.data[0]).toMatchObject({
      via: 'job',
      changes: { customFields: { before: { shoeSize: 44, tier: 'gold' }, after: { tier: 'gold' } } },
    });
  });

  it('requires required fields and checks relations', async () => {
    const local = await buildWorkspace(server, 'Required');
    await local.api.post('/custom-fields', {
      objectType: 'people',
      label: 'Account manager note',
      type: 'text',
      required: true,
    });
    await local.api.post('/custom-fields', {
      objectType: 'people',
      label: 'Referrer',
      type: 'relation',
      target: 'people',
    });
    const missing = await local.api.post('/people', { lastName: 'X' });
    expect(missing.body.errors).toEqual([
      { path: '/customFields/accountManagerNote', message: 'Account manager note is required.' },
    ]);
    const ghost = await local.api.post('/people', {
      lastName: 'Y',
      customFields: { accountManagerNote: 'ok', referrer: '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f' },
    });
    expect(ghost.body.errors).toEqual([{ path: '/customFields/referrer', message: 'No such person.' }]);
  });
});
