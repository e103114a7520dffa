import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  avatarName,
  formatBytes,
  formatDomain,
  formatEmail,
  formatMoney,
  formatWebsite,
  listed,
} from './format';

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

describe('formatMoney', () => {
  it('gives cents for an amount, whole units for an estimate, in any currency', () => {
    const usd = (n: number, whole?: boolean) => formatMoney(n, 'USD', { whole }).replace(/[^\d.,-]/g, '');
    expect(usd(948)).toMatch(/^948[.,]00$/);
    expect(usd(129_133_000, true)).toMatch(/^129[.,\s]?133[.,\s]?000$/);
    expect(usd(1_234.5, true)).toMatch(/^1[.,\s]?235$/);
    expect(formatMoney(10, 'EURO', { whole: true })).toBe('10 EURO');
  });
});

describe('formatBytes', () => {
  it('writes sizes in decimal units, with one decimal under 100', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10.5 MB');
    expect(formatBytes(123_456_789)).toBe('123 MB');
    expect(formatBytes(5e12)).toBe('5000 GB');
  });
});

describe('internationalised domains', () => {
  it('are shown as people write them, and plain ones as they are', () => {
    expect(formatDomain('xn--mnchen-3ya.de')).toBe('münchen.de');
    expect(formatDomain('example.com')).toBe('example.com');
    expect(formatEmail('jörg@xn--mller-kva.de')).toBe('jörg@müller.de');
    expect(formatEmail('ada@example.com')).toBe('ada@example.com');
    expect(formatWebsite('https://www.xn--mnchen-3ya.de/rathaus?x=1')).toBe(
      'https://www.münchen.de/rathaus?x=1',
    );
  });
});

describe('listed', () => {
  it('joins the last item with “and”, the others with commas', () => {
    expect(listed([])).toBe('');
    expect(listed(['A'])).toBe('A');
    expect(listed(['A', 'B'])).toBe('A and B');
    expect(listed(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
