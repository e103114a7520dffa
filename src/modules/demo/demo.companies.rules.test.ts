import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CompanyIndex, companyBatches } from './demo.companies.rules.ts';
import type { Row } from './demo.rows.ts';
import { DemoWorld, slug } from './demo.world.ts';

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

/** 20,000 companies: Faker's names repeat well before that, and groups have several offices in a country. */
function twentyThousand(): { index: CompanyIndex; rows: Row[] } {
  const world = new DemoWorld({ seed: 'names', people: 100_000, now: Date.parse('2026-12-01') });
  world.colleagues = world.staffPlan.slice(1).map((member) => ({ ...member, id: randomUUID() }));
  const index = new CompanyIndex();
  const rows: Row[] = [];
  for (const batch of companyBatches(world, index)) rows.push(...batch.rows('companies'));
  expect(index.all.length).toBe(world.companyCount);
  return { index, rows };
}

const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

describe('demo companies', () => {
  it('have names no two share, so the duplicate finder does not pair namesakes', () => {
    const { index } = twentyThousand();
    const keys = new Map<string, string>();
    const repeated: string[] = [];
    for (const company of index.all) {
      const key = nameKeys(company.name);
      const earlier = keys.get(key);
      if (earlier) repeated.push(`${earlier} / ${company.name}`);
      keys.set(key, company.name);
    }
    expect(repeated).toEqual([]);
  });

  it('name a group’s office after its country, or its city where the group has one there already', () => {
    const { rows } = twentyThousand();
    const byId = new Map(rows.map((row) => [row.id, row]));
    const stem = (row: Row) => String((row.domains as readonly string[])[0]).replace(/\.example$/, '');
    const misnamed: string[] = [];
    let inCity = 0;
    for (const office of rows.filter((row) => row.parent_id)) {
      const head = byId.get(office.parent_id);
      const [address] = JSON.parse(String(office.addresses)) as { city: string; country: string }[];
      if (!head || !address) throw new Error('an office without its head or address');
      // "Rice - Connelly Los Angeles" at rice-connelly-los-angeles, or "Rice - Connelly United States"
      // at rice-connelly-us: never "Rice - Connelly United States Los Angeles" at rice-connelly-us-3.
      const place = String(office.name).slice(String(head.name).length + 1);
      const city = new RegExp(`^${address.city}( \\d+)?$`).test(place);
      if (city) inCity++;
      const where = city
        ? place
            .split(/\s+/)
            .map((word) => slug(word))
            .join('-')
        : address.country.toLowerCase();
      const named = city || place === COUNTRY_NAMES.of(address.country);
      const [own, theirs] = [stem(office), stem(head)];
      if (!named || !own.endsWith(`-${where}`) || !theirs.startsWith(own.slice(0, -where.length - 1)))
        misnamed.push(`${office.name} (${own})`);
    }
    expect(inCity).toBeGreaterThan(10);
    expect(misnamed).toEqual([]);
  });
});
