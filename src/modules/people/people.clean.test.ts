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
        phones: [{ number: '+442079460958', type: 'work' }],
        addresses: [expect.objectContaining({ country: 'GB' })],
      }),
      errors: [],
    });
    expect(clean(' uk ', '020 7946 0958').values.phones).toEqual([{ number: '+442079460958', type: 'work' }]);
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

describe('cleanPerson: a national number of another country', () => {
  it('is asked for with its country code when too long for the country it was read in', () => {
    // A German mobile in its national form, for a person in the US: 11 digits is no US number.
    expect(clean('US', '0171 1234567').errors).toEqual([
      {
        path: '/phone',
        message: '"0171 1234567" is not a possible phone number in US: write it with its country code (+…).',
      },
    ]);
  });

  it('is only too short when it is too short', () => {
    expect(clean('US', '12').errors).toEqual([
      { path: '/phone', message: '"12" is not a possible phone number.' },
    ]);
  });
});

describe('cleanPerson: a phone’s type and extension', () => {
  const phones = (input: Parameters<typeof cleanPerson>[0]) =>
    cleanPerson(input, undefined, { defaultCountry: 'US', definitions: [] }).values.phones;

  it('types a number given without one by what it is: mobile, else a work line', () => {
    expect(phones({ phone: '+33 6 12 34 56 78' })).toEqual([{ number: '+33612345678', type: 'mobile' }]);
    expect(phones({ phone: '+49 30 12345678' })).toEqual([{ number: '+493012345678', type: 'work' }]);
    // North American numbers do not say whether they ring a mobile.
    expect(phones({ phones: [{ number: '(213) 555-0199' }] })).toEqual([
      { number: '+12135550199', type: 'work' },
    ]);
    expect(phones({ phones: [{ number: '+33 1 23 45 67 89', type: 'home' }] })).toEqual([
      { number: '+33123456789', type: 'home' },
    ]);
  });

  it('keeps an extension written in the number, or given beside it', () => {
    expect(phones({ phone: '(213) 555-0199 ext. 12' })).toEqual([
      { number: '+12135550199', type: 'work', extension: '12' },
    ]);
    expect(phones({ phones: [{ number: 'tel:+44-20-7946-0958;ext=301', type: 'work' }] })).toEqual([
      { number: '+442079460958', type: 'work', extension: '301' },
    ]);
    expect(phones({ phones: [{ number: '+44 20 7946 0958 x301', extension: '302' }] })).toEqual([
      { number: '+442079460958', type: 'work', extension: '302' },
    ]);
  });

  it('keeps a number’s type and extension when another becomes the primary', () => {
    const existing = {
      emails: [],
      phones: [{ number: '+12135550199', type: 'home' as const, extension: '12' }],
      custom_fields: {},
      first_name: 'Sarah',
      last_name: 'Connor',
    };
    const values = cleanPerson({ phone: '+33 6 12 34 56 78' }, existing, {
      defaultCountry: 'US',
      definitions: [],
    }).values;
    expect(values.phones).toEqual([
      { number: '+33612345678', type: 'mobile' },
      { number: '+12135550199', type: 'home', extension: '12' },
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
