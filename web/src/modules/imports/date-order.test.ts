import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOrderEvidence, ordersOf } from './date-order';

describe('the order of day and month in a column of dates', () => {
  it('reads a cell in the orders that make it a date', () => {
    expect(ordersOf('05/12/2023')).toEqual(['dayFirst', 'monthFirst']);
    expect(ordersOf('25.12.2023')).toEqual(['dayFirst']);
    expect(ordersOf('12-25-2023')).toEqual(['monthFirst']);
    expect(ordersOf('31/02/2023')).toEqual([]);
    expect(ordersOf('2023-12-05')).toBeNull();
    expect(ordersOf('05/12/23')).toBeNull();
    // A time of day after the date, as date-time columns write it.
    expect(ordersOf('15.03.2021 10:22')).toEqual(['dayFirst']);
    expect(ordersOf('5/12/2023 2:33 PM')).toEqual(['dayFirst', 'monthFirst']);
    expect(ordersOf('5/12/2023 noon')).toBeNull();
  });

  it('a column proves its order by a day past the 12th, and says which cell proved it', () => {
    expect(dateOrderEvidence(['05/12/2023', '', '25/12/2023', 'n/a'])).toEqual({
      numeric: true,
      possible: ['dayFirst'],
      proofs: { dayFirst: '25/12/2023' },
    });
    expect(dateOrderEvidence(['05/12/2023', '01/02/2024'])).toEqual({
      numeric: true,
      possible: ['dayFirst', 'monthFirst'],
      proofs: {},
    });
    // Both proven: no one order reads the column, and each proof is named.
    expect(dateOrderEvidence(['25/12/2023', '12/25/2023'])).toMatchObject({
      possible: [],
      proofs: { dayFirst: '25/12/2023', monthFirst: '12/25/2023' },
    });
    expect(dateOrderEvidence(['2023-12-05', 'Ada']).numeric).toBe(false);
  });

  it('any day written day first is a date day first, whatever the day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (date) => {
          const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
          expect(ordersOf(`${d}/${m}/${y}`)).toContain('dayFirst');
          expect(ordersOf(`${m}/${d}/${y}`)).toContain('monthFirst');
        },
      ),
    );
  });
});
