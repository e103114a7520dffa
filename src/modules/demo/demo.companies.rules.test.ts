import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CompanyIndex, companyBatches } from './demo.companies.rules.ts';
import { DemoWorld } from './demo.world.ts';

/** What the duplicate finder compares company names by (rapport_name_keys): their words, in any order. */
const nameKeys = (name: string) =>
  [
    ...new Set(
      name
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word.length > 1)
        .map((word) => [...word].sort().join('')),
    ),
  ]
    .sort()
    .join(' ');

describe('demo companies', () => {
  it('have names no two share, so the duplicate finder does not pair namesakes', () => {
    // 20,000 companies: Faker's names repeat well before that.
    const world = new DemoWorld({ seed: 'names', people: 100_000, now: Date.parse('2026-12-01') });
    world.colleagues = world.staffPlan.slice(1).map((member) => ({ ...member, id: randomUUID() }));
    const index = new CompanyIndex();
    for (const _ of companyBatches(world, index));
    const keys = new Map<string, string>();
    const repeated: string[] = [];
    for (const company of index.all) {
      const key = nameKeys(company.name);
      const earlier = keys.get(key);
      if (earlier) repeated.push(`${earlier} / ${company.name}`);
      keys.set(key, company.name);
    }
    expect(index.all.length).toBe(world.companyCount);
    expect(repeated).toEqual([]);
  });
});
