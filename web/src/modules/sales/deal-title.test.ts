import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dealTitle } from './deal-title';

describe('dealTitle', () => {
  test('drops the page’s customer in front of a separator', () => {
    const company = 'Bednar, Cummings and Veum United States';
    expect(dealTitle(`${company} – Northwind Team licence (annual)`, [company])).toBe(
      'Northwind Team licence (annual)',
    );
    expect(dealTitle(`${company} - renewal`, [company])).toBe('renewal');
    expect(dealTitle(`${company}: pilot`, [company])).toBe('pilot');
    expect(dealTitle(`${company.toUpperCase()} — upsell`, [company])).toBe('upsell');
  });

  test('tries each of a person’s companies', () => {
    expect(dealTitle('Roche SAS – renewal', ['Hackett Group', 'Roche SAS'])).toBe('renewal');
  });

  test('leaves any other name whole', () => {
    expect(dealTitle('Group-wide renewal', ['Group'])).toBe('Group-wide renewal');
    expect(dealTitle('Klemme-Marl – renewal', ['Klemme'])).toBe('Klemme-Marl – renewal');
    expect(dealTitle('Acme – ', ['Acme'])).toBe('Acme – ');
    expect(dealTitle('Acme', ['Acme'])).toBe('Acme');
    expect(dealTitle('Renewal', [])).toBe('Renewal');
    expect(dealTitle('Acme Corp – renewal', ['Acme'])).toBe('Acme Corp – renewal');
  });

  const trimmed = fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== '');

  test('reads the part after its customer, whatever the names', () => {
    fc.assert(
      fc.property(trimmed, trimmed, fc.constantFrom(' – ', ' - ', ': ', ' — '), (customer, what, sep) => {
        expect(dealTitle(`${customer}${sep}${what}`, [customer])).toBe(what);
      }),
    );
  });

  test('only ever shortens a name to a part of it, never to nothing', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 3 }), (name, customers) => {
        const shown = dealTitle(name, customers);
        expect(shown === name || (shown.trim() !== '' && name.includes(shown))).toBe(true);
      }),
    );
  });
});
