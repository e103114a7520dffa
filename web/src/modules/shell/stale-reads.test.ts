import { QueryClient } from '@tanstack/react-query';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidate, mentionsAny } from './stale-reads';

const ANN = '0193a000-0000-7000-8000-000000000001';
const BOB = '0193a000-0000-7000-8000-000000000002';
const DEAL = '0193a000-0000-7000-8000-0000000000d1';

function cacheWithTwoCustomers() {
  const client = new QueryClient();
  client.setQueryData(['people', 'overview', ANN], {
    person: { id: ANN },
    openDeals: [{ id: DEAL, amount: 10 }],
  });
  client.setQueryData(['people', 'overview', BOB], { person: { id: BOB }, openDeals: [] });
  client.setQueryData(['tasks', 'mine', 5], { data: [] });
  const stale = () =>
    client
      .getQueryCache()
      .getAll()
      .filter((query) => query.state.isInvalidated)
      .map((query) => query.queryKey);
  return { client, stale };
}

describe('reads made stale by a change', () => {
  it('a change naming one person leaves the other person’s page alone', () => {
    const { client, stale } = cacheWithTwoCustomers();
    invalidate(client, 'person', new Set([BOB]));
    expect(stale()).toEqual([['people', 'overview', BOB]]);
  });

  it('a change to a record the page shows (an open deal) makes that page stale', () => {
    const { client, stale } = cacheWithTwoCustomers();
    invalidate(client, 'deal', new Set([DEAL, '0193a000-0000-7000-8000-0000000000ff']));
    expect(stale()).toEqual([['people', 'overview', ANN]]);
  });

  it('a change that names no records concerns every page of its kind', () => {
    const { client, stale } = cacheWithTwoCustomers();
    invalidate(client, 'person', null);
    expect(stale()).toHaveLength(2);
    expect(stale()).not.toContainEqual(['tasks', 'mine', 5]);
  });

  it('reads not about one record (my tasks) follow any change of their kind', () => {
    const { client, stale } = cacheWithTwoCustomers();
    invalidate(client, 'task', new Set([BOB]));
    expect(stale()).toEqual([['tasks', 'mine', 5]]);
  });

  it('a deal or order naming a company makes that company’s overview stale, not another’s', () => {
    const { client, stale } = cacheWithTwoCustomers();
    const ACME = '0193a000-0000-7000-8000-0000000000c1';
    const GLOBEX = '0193a000-0000-7000-8000-0000000000c2';
    client.setQueryData(['companies', 'overview', ACME], { company: { id: ACME }, openDeals: [] });
    client.setQueryData(['companies', 'overview', GLOBEX], { company: { id: GLOBEX }, openDeals: [] });
    invalidate(client, 'order', new Set(['0193a000-0000-7000-8000-0000000000e1', ACME]));
    expect(stale()).toEqual([['companies', 'overview', ACME]]);
  });

  it('kinds are named as the socket names them, camelCase', () => {
    const { client, stale } = cacheWithTwoCustomers();
    invalidate(client, 'dealPerson', new Set([ANN]));
    expect(stale()).toEqual([['people', 'overview', ANN]]);
  });
});

describe('mentionsAny', () => {
  it('finds an id anywhere in a JSON value, and nothing else', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.uuid(), (value, id) => {
        const serialised = JSON.stringify(value) ?? '';
        // An id can only be found as a whole string of the value.
        if (!serialised.includes(`"${id}"`)) expect(mentionsAny(value, new Set([id]))).toBe(false);
        expect(mentionsAny({ nested: [value, { id }] }, new Set([id]))).toBe(true);
      }),
    );
  });
});
