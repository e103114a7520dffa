import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellsOfLine, lineDelimiter, lineOfCells } from './row-line';

describe('a rejected row as one line', () => {
  it('reads back every row it writes, whatever its cells hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',', ';', '|' as const),
        (cells, delimiter) => {
          expect(cellsOfLine(lineOfCells(cells, delimiter), delimiter)).toEqual({ cells });
        },
      ),
    );
  });

  it('quotes only the cells that need it, so the line reads like the file', () => {
    expect(lineOfCells(['Ada', 'Acme, Inc', 'say "hi"'], ',')).toBe('Ada,"Acme, Inc","say ""hi"""');
    expect(lineOfCells(['Ada', 'Acme, Inc'], ';')).toBe('Ada;Acme, Inc');
  });

  it('a missing quote, once added, makes the split cells one again', () => {
    expect(cellsOfLine('Ada,Acme, Inc,ada@example.com', ',')).toEqual({
      cells: ['Ada', 'Acme', ' Inc', 'ada@example.com'],
    });
    expect(cellsOfLine('Ada,"Acme, Inc",ada@example.com', ',')).toEqual({
      cells: ['Ada', 'Acme, Inc', 'ada@example.com'],
    });
  });

  it('says what is wrong with a line that is not one row', () => {
    expect(cellsOfLine('Ada,"Acme, Inc', ',')).toEqual({ problem: 'A quote is opened and not closed.' });
    expect(cellsOfLine('Ada\nGrace', ',')).toEqual({ problem: 'This is more than one row: join the lines.' });
  });

  it('shows a tab-separated file’s row with commas (a tab cannot be typed into a field)', () => {
    expect(lineDelimiter('\t')).toBe(',');
    expect(lineDelimiter(';')).toBe(';');
    expect(lineDelimiter(null)).toBe(',');
  });
});
