import { describe, expect, it } from 'vitest';
import type { CustomField } from '../custom-fields/custom-field-types';
import type { Company, Person } from './duplicate-types';
import { matchText } from './duplicate-types';
import { mergeFields, relationIds, unitedFields } from './merge-fields';

const person = (fields: Partial<Person>) =>
  ({ emails: [], phones: [], addresses: [], tags: [], ...fields }) as Person;
const textOf = (object: 'people' | 'companies', label: string, record: Person | Company) =>
  unitedFields(object)
    .find((field) => field.label === label)
    ?.textOf(record);

describe('the merge review writes what both records keep as their pages do', () => {
  it('gives an address its postal code and its country by name', () => {
    const nadine = person({
      addresses: [
        {
          type: 'work',
          street: '52150 Price Forges',
          postalCode: '94103',
          city: 'San Francisco',
          country: 'US',
        },
      ] as Person['addresses'],
    });
    expect(textOf('people', 'Addresses', nadine)).toBe(
      '52150 Price Forges, 94103 San Francisco, United States',
    );
  });

  it('writes internationalised e-mails and domains as people type them, not as A-labels', () => {
    const bjorn = person({
      emails: [{ type: 'work', address: 'bjorn@xn--mller-kva.de' }] as Person['emails'],
    });
    expect(textOf('people', 'E-mails', bjorn)).toBe('bjorn@müller.de');
    const muller = { domains: ['xn--mller-kva.de'], addresses: [], tags: [] } as unknown as Company;
    expect(textOf('companies', 'Domains', muller)).toBe('müller.de');
  });

  it('says what a pair shares the same way', () => {
    expect(matchText({ reason: 'email', value: 'bjorn@xn--mller-kva.de' })).toBe('bjorn@müller.de');
    expect(matchText({ reason: 'domain', value: 'xn--mnchen-3ya.de' })).toBe('münchen.de');
    expect(matchText({ reason: 'phone', value: '+14154726639' })).toBe('+1 415 472 6639');
  });
});

describe('a relation custom field in the merge review', () => {
  const referredBy = {
    key: 'referredBy',
    label: 'Referred by',
    type: 'relation',
    target: 'people',
  } as CustomField;
  const ada = person({ customFields: { referredBy: 'p-1' } });
  const eve = person({ customFields: { referredBy: 'p-2' } });

  it('asks for the names of the people both records point at', () => {
    expect(relationIds([ada, eve], [referredBy])).toEqual({
      user: [],
      people: ['p-1', 'p-2'],
      companies: [],
    });
  });

  it('shows each by name, not by id', () => {
    const names = { ownerName: () => 'A member', recordName: (_: string, id: string) => `name of ${id}` };
    const field = mergeFields('people', [ada, eve], [referredBy], names).find(
      (f) => f.label === 'Referred by',
    );
    expect([ada, eve].map((record) => field?.textOf(record))).toEqual(['name of p-1', 'name of p-2']);
  });
});
