import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsOfRejection } from './reason-columns.rules.ts';

/** Columns mapped to fields that reasons name by column. */
const columnsInReason = (reason: string, columns: string[]) =>
  columnsOfRejection(
    reason,
    columns.map((column) => ({ column, field: 'jobTitle' })),
    new Map(),
  );

describe('the columns a rejected row’s reason names', () => {
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

  it('marks the column mapped to a field that a reason names by the field', () => {
    const plan = [
      { column: 'Contact owner', field: 'owner' },
      { column: 'Account', field: 'company.name' },
      { column: 'Referrer', field: 'customFields.referrer' },
      { column: 'Email', field: 'email' },
    ];
    const labels = new Map([['referrer', 'Referred by']]);
    expect(
      columnsOfRejection(
        'Owner: no active member "x@example.com". Referred by: no such person.',
        plan,
        labels,
      ),
    ).toEqual(['Contact owner', 'Referrer']);
    expect(columnsOfRejection('Company name: at most 300 characters.', plan, labels)).toEqual(['Account']);
    expect(columnsOfRejection('Email: "x" is not an e-mail address.', plan, labels)).toEqual(['Email']);
  });
});
