import { describe, expect, it } from 'vitest';
import { addressText } from './address-text';

describe('addressText', () => {
  it('reads as one line, the postal code beside its town and the country by name', () => {
    expect(
      addressText({
        street: '591 Pound Lane',
        postalCode: 'M0 1SL',
        city: 'Manchester',
        region: 'England',
        country: 'GB',
      }),
    ).toBe('591 Pound Lane, M0 1SL Manchester, England, United Kingdom');
  });

  it('leaves out what is missing, and keeps a code no browser names', () => {
    expect(addressText({ city: 'Lyon', country: 'fr' })).toBe('Lyon, France');
    expect(addressText({ country: 'QQ' })).toBe('QQ');
    expect(addressText({})).toBe('');
  });
});
