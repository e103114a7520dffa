import { describe, expect, it } from 'vitest';
import { choicesFromFile, guessFieldType, looksLikeIdColumn } from './guess-field-type';

describe('guessFieldType', () => {
  it.each([
    [['true', 'FALSE', '', 'yes'], { type: 'boolean' }],
    [['12', '1,250.50', '-3', '0.5', '7,5'], { type: 'number' }],
    [['2024-03-15', '', '2023-12-01'], { type: 'date' }],
    [['2024-03-15 10:22', '2024-03-16T08:00:00Z', '2024-03-17'], { type: 'dateTime' }],
    // Salesforce and HubSpot in a person's format: day and month as numbers, then a time.
    [['15.03.2021 10:22', '02.11.2019', '07/07/2020 2:33 PM'], { type: 'dateTime' }],
    [
      ['New', 'Open', 'new', 'In Progress', 'Open'],
      { type: 'select', choices: ['New', 'Open', 'In Progress'] },
    ],
    [['Ada', 'Grace', 'Linus'], { type: 'text' }],
    [['', ' '], { type: 'text' }],
  ])('%j → %j', (values, guess) => {
    expect(guessFieldType(values)).toEqual(guess);
  });

  it('takes dates of day and month as numbers when one order reads them all, mixed with ISO ones', () => {
    expect(guessFieldType(['25/12/2023', '2024-01-05', '05/12/2023'])).toEqual({ type: 'date' });
    expect(guessFieldType(['05/12/2023', '01/02/2024'])).toEqual({ type: 'date' });
    expect(guessFieldType(['25/12/2023', '12/25/2023'])).toEqual({ type: 'date' });
    expect(guessFieldType(['31/02/2023'])).toEqual({ type: 'text' });
  });

  it('takes a column of dates with a stray value or two as dates, not as a select of its dates', () => {
    const column = ['05/12/2023', '25/12/2023', '05/12/2023', '01/02/2024', 'not a date', '2024-03-01'];
    expect(guessFieldType([...column, '12/03/2024', '15/03/2024', '16/03/2024', '17/03/2024'])).toEqual({
      type: 'date',
    });
    expect(guessFieldType(['05/12/2023', 'n/a', 'n/a', 'later'])).not.toEqual({ type: 'date' });
  });

  it('keeps identifiers with a leading zero, and very long digit strings, as text', () => {
    expect(guessFieldType(['02134', '10001'])).toEqual({ type: 'text' });
    expect(guessFieldType(['1234567890123456789'])).toEqual({ type: 'text' });
  });

  it('offers a select only for few values that repeat', () => {
    const many = Array.from({ length: 12 }, (_, i) => `Status ${i % 11}`);
    expect(guessFieldType(many).type).toBe('text');
    expect(guessFieldType(['x'.repeat(41), 'x'.repeat(41)]).type).toBe('text');
  });
});

describe('choicesFromFile', () => {
  const listed = (texts: string[], unlisted = 0) => ({ values: texts.map((text) => ({ text })), unlisted });

  it('takes every text of the column once, whatever its case, most frequent first', () => {
    expect(choicesFromFile(listed(['Open', 'New', 'new', 'Unqualified']))).toEqual([
      'Open',
      'New',
      'Unqualified',
    ]);
  });

  it('gives none for a column with more texts than a select holds, or none at all', () => {
    expect(choicesFromFile(listed(['Open'], 3))).toBeUndefined();
    expect(choicesFromFile(listed(Array.from({ length: 51 }, (_, i) => `Value ${i}`)))).toBeUndefined();
    expect(choicesFromFile(listed(['x'.repeat(101)]))).toBeUndefined();
    expect(choicesFromFile(listed([]))).toBeUndefined();
  });
});

describe('looksLikeIdColumn', () => {
  it.each([
    ['Record ID', ['101', '102', ''], true],
    ['Contact Id', ['0035g00000AbCdE', '0035g00000XyZaB'], true],
    ['External_ID', ['A-1'], true],
    ['Customer number', ['0042', '0043'], true],
    ['Cust. No.', ['7', '8'], true],
    // The same value twice is no ID column, nor a header that does not say so.
    ['Record ID', ['101', '101'], false],
    ['Lead Status', ['New', 'Open'], false],
    ['Paid', ['1', '2'], false],
    ['Phone number', ['+33 1 23 45 67 89', '+33 6 12 34 56 78'], false],
    ['Record ID', ['', ' '], false],
  ])('%s %j → %s', (header, values, expected) => {
    expect(looksLikeIdColumn(header, values)).toBe(expected);
  });
});
