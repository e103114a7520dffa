import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCreatedDate } from './created-date.rules.ts';

const NOW = Date.UTC(2026, 11, 2, 12, 0, 0);
const read = (raw: string, order?: 'dayFirst' | 'monthFirst') => parseCreatedDate(raw, order, NOW);

describe("a record's created date from another system's export", () => {
  it('reads the formats CRMs export it in', () => {
    expect(read('2023-05-12T14:33:07.000Z')).toEqual({ ok: true, value: '2023-05-12T14:33:07.000Z' });
    expect(read('2023-05-12T16:33:07+02:00')).toEqual({ ok: true, value: '2023-05-12T14:33:07.000Z' });
    // HubSpot: a space for the T, no zone (UTC).
    expect(read('2023-05-12 14:33')).toEqual({ ok: true, value: '2023-05-12T14:33:00.000Z' });
    expect(read('2023-05-12')).toEqual({ ok: true, value: '2023-05-12T00:00:00.000Z' });
    // Salesforce in a US locale, and dates with month names.
    expect(read('5/12/2023 2:33 PM', 'monthFirst')).toEqual({ ok: true, value: '2023-05-12T14:33:00.000Z' });
    expect(read('12/05/2023 12:05 a.m.', 'dayFirst')).toEqual({
      ok: true,
      value: '2023-05-12T00:05:00.000Z',
    });
    expect(read('Dec 5, 2023 09:30')).toEqual({ ok: true, value: '2023-12-05T09:30:00.000Z' });
    expect(read('5 December 2023')).toEqual({ ok: true, value: '2023-12-05T00:00:00.000Z' });
  });

  it('refuses what cannot be a creation date, saying why', () => {
    expect(read('2027-01-01')).toEqual({
      ok: false,
      reason: '"2027-01-01" is in the future: a record cannot have been created then.',
    });
    expect(read('1899-12-31')).toEqual({
      ok: false,
      reason: '"1899-12-31" is before 1900: is the year right?',
    });
    expect(read('5/12/2023 13:30 PM', 'monthFirst')).toEqual({
      ok: false,
      reason: '"5/12/2023 13:30 PM" is not a time of day.',
    });
    expect(read('2023-05-12 25:00').ok).toBe(false);
    expect(read('soon').ok).toBe(false);
    // Day and month that could be either, in a file that has not said which it writes.
    expect(read('05/12/2023 10:00')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('could be'),
    });
  });

  it('gives back any instant it is given in ISO 8601, and any day at midnight UTC', () => {
    const instant = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(NOW), noInvalidDate: true });
    fc.assert(
      fc.property(instant, (at) => {
        expect(read(at.toISOString())).toEqual({ ok: true, value: at.toISOString() });
        const day = at.toISOString().slice(0, 10);
        expect(read(day)).toEqual({ ok: true, value: `${day}T00:00:00.000Z` });
      }),
    );
  });
});
