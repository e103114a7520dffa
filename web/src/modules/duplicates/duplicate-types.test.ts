import { describe, expect, it } from 'vitest';
import { reasonLabels } from './duplicate-types';

const pair = (first: string, second: string, reasons: string[]) => ({
  reasons,
  records: [
    { id: 'a', name: first },
    { id: 'b', name: second },
  ] as never,
});

describe('why a pair was found, as its card says it', () => {
  it('calls names that read the same, apart from case and accents, the same name', () => {
    expect(reasonLabels(pair('Kaela Stracke', 'Kaela Stracke', ['name_and_company', 'phone']))).toEqual([
      'Same name, same company',
      'Same phone',
    ]);
    expect(reasonLabels(pair('Zoë Müller', 'zoe muller', ['name_and_company']))).toEqual([
      'Same name, same company',
    ]);
  });

  it('keeps "similar" for names that differ, and says each other reason as it is', () => {
    expect(reasonLabels(pair('Arya Stark', 'Ayra Stark', ['name_and_company']))).toEqual([
      'Similar name, same company',
    ]);
    expect(reasonLabels(pair('Acme', 'ACME Inc', ['domain', 'name', 'new_rule']))).toEqual([
      'Same domain',
      'Same name',
      'new rule',
    ]);
  });
});
