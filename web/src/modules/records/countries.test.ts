import type { ComboboxParsedItem } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { countryChoices, countryName, searchChoices } from './countries';

const options: ComboboxParsedItem[] = [
  { value: 'FR', label: 'France' },
  { value: 'CI', label: 'Côte d’Ivoire' },
  { value: 'DE', label: 'Germany' },
  { group: 'Neighbours', items: [{ value: 'BE', label: 'Belgium' }] },
];
const found = (search: string) =>
  searchChoices({ options, search, limit: Number.POSITIVE_INFINITY }).map((option) =>
    'group' in option ? option.items.map((item) => item.value) : option.value,
  );

describe('countries', () => {
  it('are found by any part of their name, or by their code', () => {
    expect(found('Fran')).toEqual(['FR']);
    expect(found('fr')).toEqual(['FR']);
    expect(found("cote d'ivoire")).toEqual(['CI']);
    expect(found('bel')).toEqual([['BE']]);
    expect(found('  ')).toHaveLength(4);
    expect(found('Atlantis')).toEqual([]);
  });

  it('are every code the server accepts, each named once', () => {
    const codes = countryChoices().map((choice) => choice.value);
    expect(codes).toContain('FR');
    expect(codes).toContain('GB');
    expect(new Set(codes).size).toBe(codes.length);
    expect(countryChoices().every((choice) => choice.label !== choice.value)).toBe(true);
  });

  it('leave a code they cannot name as it is', () => {
    expect(countryName('F')).toBe('F');
    expect(countryName('')).toBe('');
  });
});
