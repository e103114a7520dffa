import { describe, expect, it } from 'vitest';
import { notFoundReason, relationKey } from './relations.rules.ts';

describe('relationKey', () => {
  it('reads an id as ours, whatever its case', () => {
    expect(relationKey('people', ' 0193A000-0000-7000-8000-000000000001 ')).toEqual({
      by: 'id',
      id: '0193a000-0000-7000-8000-000000000001',
    });
  });

  it('finds a person by e-mail only: a name may be anyone’s', () => {
    expect(relationKey('people', 'Ada@Example.COM')).toEqual({ by: 'email', email: 'ada@example.com' });
    expect(relationKey('people', 'Ada Lovelace <Ada@Example.COM>')).toEqual({
      by: 'email',
      email: 'ada@example.com',
    });
    expect(relationKey('people', 'Ada Lovelace')).toEqual({
      reason: 'give the person’s e-mail or record id',
    });
  });

  it('finds a company by its domain (from a web address too), else by its name', () => {
    expect(relationKey('companies', 'https://www.acme.example/about')).toEqual({
      by: 'domain',
      domain: 'acme.example',
      name: 'https://www.acme.example/about',
    });
    expect(relationKey('companies', 'Acme Inc.')).toEqual({ by: 'name', name: 'Acme Inc.' });
  });

  it('says what a key found nothing by', () => {
    expect(notFoundReason({ by: 'id', id: 'x' }, 'companies')).toBe('no such company');
    expect(notFoundReason({ by: 'name', name: 'Initech' }, 'companies')).toBe('no company named “Initech”');
  });
});
