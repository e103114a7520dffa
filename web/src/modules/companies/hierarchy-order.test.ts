import { describe, expect, it } from 'vitest';
import type { HierarchyNode } from '../records/record-types';
import { inTreeOrder } from './hierarchy-order';

const node = (id: string, name: string, parentId: string | null, depth = 0): HierarchyNode =>
  ({
    id,
    name,
    parentId,
    depth,
    annualRevenue: null,
    rollup: { annualRevenue: 0, openDeals: 0, openDealsAmounts: [], companies: 1 },
  }) as HierarchyNode;

describe('a hierarchy in reading order', () => {
  it('puts each company before its subsidiaries, siblings by name', () => {
    const nodes = [
      node('b', 'Beta', 'root'),
      node('a2', 'Alpha Canada', 'a'),
      node('root', 'Globex', null),
      node('a', 'Alpha', 'root'),
      node('a1', 'Alpha Brazil', 'a'),
    ];
    expect(inTreeOrder(nodes).map((n) => n.name)).toEqual([
      'Globex',
      'Alpha',
      'Alpha Brazil',
      'Alpha Canada',
      'Beta',
    ]);
  });

  it('orders one 10,000 deep, and one 10,000 wide, without running out of stack', () => {
    const count = 10_000;
    const chain = Array.from({ length: count }, (_, i) => node(`c${i}`, `C${i}`, i ? `c${i - 1}` : null));
    expect(inTreeOrder([...chain].reverse()).map((n) => n.id)).toEqual(chain.map((n) => n.id));
    const wide = Array.from({ length: count }, (_, i) => node(`w${i}`, `W${i}`, i ? 'w0' : null));
    expect(inTreeOrder(wide)).toHaveLength(count);
  });
});
