import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { cleanPerson } from './people.clean.ts';

const clean = (country: string, phone: string) =>
  cleanPerson({ lastName: 'Rowe', phone, addresses: [{ type: 'work', country }] }, undefined, {
    defaultCountry: 'US',
    definitions: [],
  });

describe('cleanPerson: the address country and the phone', () => {
  it('takes UK as GB, and reads national numbers in it', () => {
    expect(clean('UK', '+44 20 7946 0958')).toEqual({
      values: expect.objectContaining({
        phones: [{ number: '+442079460958', type: 'mobile' }],
        addresses: [expect.objectContaining({ country: 'GB' })],
      }),
      errors: [],
    });
    expect(clean(' uk ', '020 7946 0958').values.phones).toEqual([
      { number: '+442079460958', type: 'mobile' },
    ]);
  });

  it('gives a bad country its own reason only, when the number has its own +code', () => {
    expect(clean('XX', '+44 20 7946 0958').errors).toEqual([
      { path: '/addresses/0/country', message: '"XX" is not an ISO 3166 country code.' },
    ]);
  });

  it('asks for a country for a number without one, rather than reading it in the workspace’s', () => {
    expect(clean('XX', '020 7946 0958').errors).toEqual([
      { path: '/addresses/0/country', message: '"XX" is not an ISO 3166 country code.' },
      { path: '/phone', message: '"020 7946 0958" needs a country: write it with its country code (+…).' },
    ]);
  });
});

describe('the API', () => {
  let server: TestServer;
  let ws: TestWorkspace;
  beforeAll(async () => {
    server = await startTestServer();
    ws = await buildWorkspace(server);
  });
  afterAll(() => server.stop());

  it('takes UK as GB, as imports do', async () => {
    const created = await ws.api.post('/people', {
      lastName: 'Rowe',
      phone: '020 7946 0958',
      addresses: [{ type: 'work', city: 'London', country: 'UK' }],
    });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ phone: '+442079460958', addresses: [{ country: 'GB' }] });

    const bad = await ws.api.post('/people', {
      lastName: 'Rowe',
      phone: '+44 20 7946 0958',
      addresses: [{ type: 'work', country: 'XX' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { path: '/addresses/0/country', message: '"XX" is not an ISO 3166 country code.' },
    ]);
  });
});
