import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomFieldDefinition } from './custom-fields.rules.ts';
import { cleanValue } from './custom-fields.rules.ts';

const url = { key: 'site', label: 'Site', type: 'url' } as CustomFieldDefinition;
const clean = (raw: unknown) => cleanValue(url, raw, { defaultCountry: 'US' });

describe('a URL custom field', () => {
  it('reads an address typed without its scheme as https, as a company’s website is read', () => {
    expect(clean('example.com/pricing')).toEqual({ value: 'https://example.com/pricing' });
    expect(clean(' www.acme.example ')).toEqual({ value: 'https://www.acme.example/' });
    expect(clean('acme.example:8443/admin')).toEqual({ value: 'https://acme.example:8443/admin' });
  });

  it('keeps an http or https address as given, intranet hosts too', () => {
    expect(clean('http://wiki/Pricing')).toEqual({ value: 'http://wiki/Pricing' });
    expect(clean('HTTPS://Example.com/A')).toEqual({ value: 'https://example.com/A' });
  });

  it('refuses other schemes and what is no address', () => {
    expect(clean('javascript:alert(1)')).toEqual({ reason: 'Use an http(s) address.' });
    expect(clean('mailto:ada@example.com')).toEqual({ reason: 'Use an http(s) address.' });
    expect(clean('not an address')).toEqual({ reason: 'Give a web address.' });
    expect(clean(42)).toEqual({ reason: 'Give a web address.' });
  });

  it('takes every web URL, and keeps what it was given', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (address) => {
        const cleaned = clean(address);
        expect(cleaned).toHaveProperty('value');
        if ('value' in cleaned) expect(new URL(cleaned.value as string).href).toBe(new URL(address).href);
      }),
    );
  });
});
