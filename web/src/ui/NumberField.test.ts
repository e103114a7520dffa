import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { typedNumber } from './NumberField';

describe('typedNumber', () => {
  it('reads the number a half-typed or zero-padded text stands for', () => {
    expect(typedNumber('12.')).toBe(12);
    expect(typedNumber('12.50')).toBe(12.5);
    expect(typedNumber('100.0')).toBe(100);
    expect(typedNumber('-0.05')).toBe(-0.05);
    expect(typedNumber(7)).toBe(7);
  });

  it('is null while the text stands for no number yet', () => {
    for (const text of ['', ' ', '-', '.', '-.']) expect(typedNumber(text)).toBeNull();
  });

  it('gives back every finite number, however many zeros follow its decimals', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.nat(3), (number, zeros) => {
        const text = String(number);
        const padded = text.includes('.') && !text.includes('e') ? text + '0'.repeat(zeros) : text;
        expect(typedNumber(padded)).toBe(number === 0 ? 0 : number);
      }),
    );
  });
});
