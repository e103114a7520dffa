import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { avatarName } from './format';

describe('avatarName', () => {
  it('skips words that do not start with a letter or digit', () => {
    expect(avatarName('Klein - Pacocha')).toBe('Klein Pacocha');
    expect(avatarName('  Ada   Lovelace ')).toBe('Ada Lovelace');
    expect(avatarName('(Old) Acme & Co')).toBe('Acme Co');
    expect(avatarName('Émile Zola')).toBe('Émile Zola');
    expect(avatarName('3M')).toBe('3M');
    expect(avatarName('- -')).toBe('- -');
  });

  it('gives words that each start with a letter or digit, in the name’s order, whenever it has one', () => {
    const word = fc.string({
      unit: fc.constantFrom('a', 'É', '7', '-', '&', '(', '😀', ' ', '\t'),
      maxLength: 8,
    });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), (parts) => {
        const name = parts.join(' ');
        const result = avatarName(name);
        const words = name.split(/\s+/u).filter(Boolean);
        const starts = words.filter((w) => /^[\p{L}\p{N}]/u.test(w));
        if (starts.length === 0) expect(result).toBe(name.trim());
        else expect(result.split(' ')).toEqual(starts);
      }),
    );
  });
});
