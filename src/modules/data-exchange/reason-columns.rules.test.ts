import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsInReason } from './reason-columns.rules.ts';

describe('the columns migration 0048 read from a rejected row’s reason', () => {
  const columns = ['First Name', 'Email', 'Email 2', 'Create Date', 'Phone'];

  it('finds each problem’s column, however many the reason gives', () => {
    const reason =
      'Create Date: "31.12.2099" is in the future: a record cannot have been created then. Email: "x" is not an e-mail address. Phone: "12" is not a valid phone number in US: write it with its country code (+…).';
    expect(columnsInReason(reason, columns)).toEqual(['Email', 'Create Date', 'Phone']);
    expect(columnsInReason('Email 2: "y" is not an e-mail address.', columns)).toEqual(['Email 2']);
  });

  it('names none for a problem of the whole row, or a column only quoted in a message', () => {
    expect(columnsInReason('Give at least a name, an e-mail or a phone.', columns)).toEqual([]);
    expect(columnsInReason('Owner: no active member "Email: a@b.example".', columns)).toEqual([]);
  });

  it('finds any column whose problem starts the reason or follows a sentence', () => {
    const name = fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((s) => !s.includes(': ') && s.trim() === s);
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 2, maxLength: 4 }), (names) => {
        const reason = names.map((n) => `${n}: "?" is not right.`).join(' ');
        for (const n of names) expect(columnsInReason(reason, names)).toContain(n);
      }),
    );
  });
});
