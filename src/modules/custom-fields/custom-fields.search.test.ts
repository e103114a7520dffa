import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomFieldDefinition } from './custom-fields.rules.ts';
import { customValueMatch } from './custom-fields.search.ts';

const field = (
  key: string,
  type: CustomFieldDefinition['type'],
  extra: Partial<CustomFieldDefinition> = {},
) => ({
  id: `00000000-0000-0000-0000-00000000000${key.length}`,
  key,
  label: key.toUpperCase(),
  type,
  required: false,
  unique: false,
  archived: false,
  choices: [],
  currency: null,
  target: null,
  ...extra,
});

const definitions: CustomFieldDefinition[] = [
  field('ref', 'text'),
  field('regions', 'multiSelect', { choices: [{ value: 'iberia', label: 'Iberia & Portugal' }] }),
  field('old', 'text', { archived: true }),
  field('referrer', 'relation'),
];

describe('which custom value a search found a record by', () => {
  it('names the field and its value, a choice by its label, whatever the accents and punctuation', () => {
    const values = {
      ref: 'ACME-4711-Été',
      regions: ['iberia'],
      old: 'acme',
      referrer: '01a22e43-b8c3-74dd-bcbd-0b57e088320b',
    };
    expect(customValueMatch(definitions, values, 'acme-47')).toEqual({
      label: 'REF',
      value: 'ACME-4711-Été',
    });
    expect(customValueMatch(definitions, values, '4711 ete')).toEqual({
      label: 'REF',
      value: 'ACME-4711-Été',
    });
    expect(customValueMatch(definitions, values, 'iber')).toEqual({
      label: 'REGIONS',
      value: 'Iberia & Portugal',
    });
    // Every word must begin a word of the same field; archived fields and record ids are not shown.
    expect(customValueMatch(definitions, values, 'acme iberia')).toBeUndefined();
    expect(customValueMatch(definitions, { old: 'acme' }, 'acme')).toBeUndefined();
    expect(customValueMatch(definitions, values, '01a22e43')).toBeUndefined();
    expect(customValueMatch(definitions, values, ' -- ')).toBeUndefined();
  });

  it('finds a value by any prefixes of its words, and never by a word it lacks', () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.nat(), (words, seed) => {
        const value = words.join('-');
        const picked = words.filter((_, i) => (seed >> i) & 1);
        const query = (picked.length > 0 ? picked : [words[0] as string])
          .map((w) => w.slice(0, 1 + (seed % w.length)))
          .join(' ');
        expect(customValueMatch(definitions, { ref: value }, query)?.value).toBe(value);
        expect(customValueMatch(definitions, { ref: value }, `${query} zzzzzzzzz`)).toBeUndefined();
      }),
    );
  });
});
