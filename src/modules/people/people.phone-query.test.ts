import fc from 'fast-check';
import { sql } from 'kysely';
import { type CountryCode, getCountries, getExampleNumber } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { inWorkspace } from '../../platform/db/transaction.ts';
import { NATIONAL_READING, phoneMatch, readPhoneQuery } from './people.phone-query.ts';
import { cleanPhone } from './people.rules.ts';

const numbers = getCountries().flatMap((country) => {
  const number = getExampleNumber(country, examples);
  return number ? [{ country, number }] : [];
});
const countries = getCountries();

describe('readPhoneQuery and phoneMatch', () => {
  it.each([
    ['020 7946 0958', 'US', '+442079460958', NATIONAL_READING],
    ['020 7946 0958', 'GB', '+442079460958', 1],
    ['020 7946 0958', 'GB', '+642079460958', NATIONAL_READING],
    ['+44 20 7946 0958', 'US', '+442079460958', 1],
    ['+44 20 7946 0958', 'US', '+642079460958', undefined],
    ['0044 20 7946 0958', 'US', '+442079460958', 1],
    ['06 12 34 56 78', 'US', '+33612345678', NATIONAL_READING],
    ['06 12 34 56 78', 'US', '+390612345678', NATIONAL_READING],
    ['06 12 34 56 78', 'FR', '+33612345678', 1],
    ['06 1 234 5678', 'US', '+3612345678', NATIONAL_READING],
    ['8 (495) 123-45-67', 'US', '+74951234567', NATIONAL_READING],
    ['(415) 555-2671', 'US', '+14155552671', 1],
    // Valid at home, and with no national prefix typed: not also a German number.
    ['(415) 555-2671', 'US', '+494155552671', undefined],
    ['7946 0958', 'US', '+442079460958', undefined],
    ['2079460958', 'US', '+442079460958', undefined],
    // Argentina's mobile national format puts 15 after the area code where E.164 has 9 before it.
    ['011 15-2345-6789', 'US', '+5491123456789', NATIONAL_READING],
    ['011 15-2345-6789', 'AR', '+5491123456789', 1],
    ['(0351) 15 412-3456', 'DE', '+5493514123456', NATIONAL_READING],
    // The islands' local seven digits are part of a number abroad.
    ['460-1234', 'GB', '+12684601234', undefined],
  ])('%s in %s finds %s: %s', (q, home, stored, score) => {
    expect(phoneMatch(readPhoneQuery(q, home), stored)).toBe(score);
  });

  it("finds every country's number by its national format, unless it is a number at home as typed", () => {
    fc.assert(
      fc.property(fc.constantFrom(...numbers), fc.constantFrom(...countries), ({ number }, home) => {
        const national = number.formatNational();
        const typed = national.replace(/\D/g, '');
        const atHome = cleanPhone(national, home, 'store');
        const score = phoneMatch(readPhoneQuery(national, home), number.number);
        if (atHome.ok && typed === number.nationalNumber && atHome.value !== number.number)
          expect(score).toBeUndefined();
        else expect(score).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('never finds a number by part of it', () => {
    const phoneLike = fc
      .array(fc.constantFrom(...'0123456789 -()'), { minLength: 6, maxLength: 18 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(
        phoneLike,
        fc.constantFrom(...numbers),
        fc.constantFrom(...countries),
        (q, { number }, home) => {
          const score = phoneMatch(readPhoneQuery(q, home), number.number);
          if (score === NATIONAL_READING) {
            expect(q.replace(/\D/g, '').length).toBeGreaterThanOrEqual(number.nationalNumber.length);
            expect(parsedBack(q, number.country)).toBe(number.number);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });
});

function parsedBack(q: string, country: CountryCode | undefined) {
  const read = cleanPhone(q, country, 'find');
  return read.ok ? read.value : undefined;
}

describe('rapport_phone_national (migration 0044)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it("agrees with libphonenumber on every country's national significant number", async () => {
    const e164 = numbers.map(({ number }) => number.number);
    const { rows } = await sql<{ n: string; national: string | null }>`
      SELECT n, rapport_phone_national(n) AS national FROM unnest(${e164}::text[]) n`.execute(
      server.db.kysely,
    );
    expect(rows).toEqual(
      numbers.map(({ number }) => ({ n: number.number, national: number.nationalNumber })),
    );
    const { rows: odd } = await sql<{ nationals: string[] }>`
      SELECT rapport_phone_nationals(ARRAY['+442079460958', '12345', '+33612345678', '+442079460958']) AS nationals`.execute(
      server.db.kysely,
    );
    expect(odd[0]?.nationals.sort()).toEqual(['2079460958', '612345678']);
  });

  it('finds stored numbers by their national part through its index, in the workspace only', async () => {
    const [a, b] = [await buildWorkspace(server, 'Nationals A'), await buildWorkspace(server, 'Nationals B')];
    expect((await a.api.post('/people', { lastName: 'Lane', phone: '+44 20 7946 0958' })).status).toBe(201);
    // Enough numbers beside it that the planner weighs reading the table against the index.
    await sql`INSERT INTO people (workspace_id, last_name, phones)
      SELECT ${a.workspaceId}::uuid, 'Filler ' || g, jsonb_build_array(jsonb_build_object('type', 'work',
        'number', '+4420' || lpad(g::text, 8, '0'))) FROM generate_series(1, 3000) g`.execute(
      server.db.kysely,
    );
    await sql`ANALYZE people`.execute(server.db.kysely);
    const probe = (ws: TestWorkspace) =>
      inWorkspace(
        server.db,
        { workspaceId: ws.workspaceId, actor: { type: 'user', id: ws.admin.id }, via: 'api' },
        (tx) =>
          sql<{
            n: string;
          }>`SELECT rapport_people_phones_by_national(ARRAY['2079460958', '02079460958'], 1000) AS n`.execute(
            tx,
          ),
      );
    expect((await probe(a)).rows).toEqual([{ n: '+442079460958' }]);
    expect((await probe(b)).rows).toEqual([]);
    // The function's own query, as its owner runs it (EXPLAIN cannot look inside a function).
    const plan = await sql<{ 'QUERY PLAN': string }>`EXPLAIN SELECT phone_index FROM people
      WHERE rapport_phone_nationals(phone_index) && ARRAY['2079460958'] AND phone_index <> '{}'::text[]
        AND workspace_id = ${a.workspaceId}::uuid AND deleted_at IS NULL LIMIT 1000`.execute(
      server.db.kysely,
    );
    expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('people_phone_nationals');
  });
});
