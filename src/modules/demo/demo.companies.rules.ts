import { COMPANY_TAGS, INDUSTRIES, SIZE_TAGS } from './demo.catalog.ts';
import { accountTier } from './demo.fields.rules.ts';
import {
  COUNTRIES,
  COUNTRY_WEIGHTS,
  type Country,
  landlineNumber,
  nearby,
  postalCode,
} from './demo.places.ts';
import type { Rng } from './demo.random.ts';
import { Batch, DAY, iso, YEAR } from './demo.rows.ts';
import { type DemoWorld, slug } from './demo.world.ts';

/**
 * Companies: the customers' employers, with headcounts and revenues that fit their industry, an
 * office in a real city, and groups (a parent and its subsidiaries abroad). What people need to know
 * about their company stays in memory, compactly, while people are generated.
 */
export interface CompanyRef {
  id: string;
  name: string;
  domain: string;
  country: Country;
  cityIndex: number;
  street: string;
  postalCode: string;
  ownerId: string;
  createdAt: number;
  industry: string;
  employees: number;
  latitude: number;
  longitude: number;
}

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });
/** Companies are written in chunks of this many; a group never straddles two. */
export const COMPANY_CHUNK = 1000;

export class CompanyIndex {
  readonly all: CompanyRef[] = [];
  private readonly weights: number[] = [];
  private sampler: AliasTable | undefined;

  add(company: CompanyRef, employees: number): void {
    this.all.push(company);
    this.weights.push(Math.sqrt(employees));
  }

  get(i: number): CompanyRef {
    const company = this.all[i];
    if (!company) throw new Error(`no company ${i}`);
    return company;
  }

  /** A company, bigger ones more often (contacts grow with the square root of headcount). */
  pick(rng: Rng): CompanyRef {
    this.sampler ??= new AliasTable(this.weights);
    return this.get(this.sampler.draw(rng));
  }
}

/** All companies, a chunk at a time; `index` fills up as they are made. */
export function* companyBatches(world: DemoWorld, index: CompanyIndex): Generator<Batch> {
  for (let start = 0; start < world.companyCount; start += COMPANY_CHUNK) {
    const end = Math.min(world.companyCount, start + COMPANY_CHUNK);
    const batch = new Batch();
    let i = start;
    while (i < end) {
      const room = end - i - 1;
      const subsidiaries = room >= 1 && world.rng.chance(0.04) ? Math.min(room, world.rng.between(1, 4)) : 0;
      const parent = makeCompany(world, batch, index, null, subsidiaries > 0);
      for (let s = 0; s < subsidiaries; s++) makeCompany(world, batch, index, parent);
      i += 1 + subsidiaries;
    }
    yield batch;
  }
}

function makeCompany(
  world: DemoWorld,
  batch: Batch,
  index: CompanyIndex,
  parent: CompanyRef | null,
  headsGroup = false,
): CompanyRef {
  const rng = world.rng;
  const country = COUNTRIES[rng.weighted(COUNTRY_WEIGHTS)] as Country;
  const cityIndex = rng.int(country.cities.length);
  const city = country.cities[cityIndex];
  if (!city) throw new Error('no city');
  const faker = world.faker(country.locale);
  // A group's second office in a country is its city's ("Rice - Connelly Los Angeles"), and its
  // domain says so, as groups name them; not the country's name and a city, or "-us-3".
  const inCountry = parent && `${parent.name} ${REGION_NAMES.of(country.code) ?? country.code}`;
  const own = inCountry || faker.company.name();
  const name = uniqueName(world, [own, `${parent ? parent.name : own} ${city.name}`]);
  const domain = parent
    ? uniqueDomain(
        world,
        parent.domain.replace(/\.example$/, ''),
        name === inCountry ? country.code : name.slice(parent.name.length),
      )
    : uniqueDomain(world, name);
  const [industry, revenuePerHead] =
    (parent && INDUSTRIES.find(([n]) => n === parent.industry)) || rng.pick(INDUSTRIES);
  // A group's head office employs more than most companies, and more than a typical subsidiary.
  const typical = headsGroup ? 3000 : parent ? 400 : 45;
  const drawn = Math.max(1, Math.min(250_000, Math.round(rng.logNormal(typical, headsGroup ? 0.8 : 1.5))));
  // Never bigger than its head office, whatever the draw: a tenth to seven tenths of it then.
  const employees =
    parent && drawn >= parent.employees
      ? Math.max(1, Math.round(parent.employees * (0.1 + 0.6 * rng.next())))
      : drawn;
  const revenue = Math.round((employees * revenuePerHead * rng.logNormal(1, 0.3)) / 1000) * 1000;
  const americas = ['US', 'CA', 'BR'].includes(country.code);
  const ownerId = rng.pick(world.reps(americas)).id;
  const createdAt = world.now - Math.round((2.5 + rng.next() * 3.5) * YEAR) + rng.int(DAY);
  const street = faker.location.streetAddress();
  const postal = postalCode(rng, city.postal);
  const point = nearby(rng, city);
  const ref: CompanyRef = {
    id: world.ids.next(),
    name,
    domain,
    country,
    cityIndex,
    street,
    postalCode: postal,
    ownerId,
    createdAt,
    industry,
    employees,
    ...point,
  };
  const sizeTag = [...SIZE_TAGS].reverse().find(([min]) => employees >= min)?.[1] ?? 'small-business';
  const tags = [sizeTag, ...(rng.chance(0.15) ? [rng.pick(COMPANY_TAGS)] : [])];
  batch.add('companies', {
    id: ref.id,
    name,
    domains: [domain],
    industry: ref.industry,
    employees,
    annual_revenue: revenue,
    phone: landlineNumber(rng, country, city),
    website: `https://www.${domain}/`,
    addresses: JSON.stringify([
      {
        type: 'work',
        street,
        city: city.name,
        region: city.region,
        postalCode: postal,
        country: country.code,
        ...point,
      },
    ]),
    parent_id: parent?.id ?? null,
    owner_id: ownerId,
    tags,
    // Most were entered by a rep; the oldest came over from the spreadsheet the company used before;
    // a few were brought by a partner. A subsidiary is entered by the rep who owns its parent.
    source: parent ? 'manual' : rng.weighted(COMPANY_SOURCES),
    custom_fields: JSON.stringify({ accountTier: accountTier(revenue) }),
    created_at: iso(createdAt),
    updated_at: iso(createdAt + rng.int(90) * DAY),
  });
  index.add(ref, employees);
  return ref;
}

const COMPANY_SOURCES = [
  ['manual', 60],
  ['import', 35],
  ['partner', 5],
] as const;

/**
 * A name no other company has, by the duplicate finder's measure (the same words, in any order):
 * Faker repeats itself ("Pons Group" 34 times among 200,000 companies), and the finder rightly pairs
 * companies of one name, so the demo's Duplicates page would be its namesakes. A name taken gives
 * way to the second (with its city, as people tell such companies apart), then to that one numbered.
 */
function uniqueName(world: DemoWorld, names: readonly [string, string]): string {
  for (let n = 0; ; n++) {
    const candidate = names[n] ?? `${names[1]} ${n}`;
    const words = candidate.split(/[^\p{L}\p{N}]+/u).map((word) => [...slug(word)].sort().join(''));
    const key = [...new Set(words.filter((word) => word.length > 1))].sort().join(' ');
    if (!world.companyNames.has(key)) {
      world.companyNames.add(key);
      return candidate;
    }
  }
}

/**
 * A domain from the name (and an office's place), under the reserved .example top-level domain (RFC
 * 2606): the demo looks real but can never mail or link a real company.
 */
function uniqueDomain(world: DemoWorld, name: string, place = ''): string {
  const words = (text: string) =>
    text
      .split(/[^\p{L}\p{N}]+/u)
      .map((w) => slug(w))
      .filter((w) => w && !['and', 'und', 'et', 'e', 'y', 'i', 'sp', 'z', 'o', 'oo'].includes(w));
  // At most 40 characters of whole words, the place's all kept: an office's domain says where it is
  // ("…-frankfurt-am-main"), however long its group's name.
  const where = words(place).join('-');
  const room = 40 - (where ? where.length + 1 : 0);
  const [head = '', ...rest] = words(name);
  let stem = head.slice(0, room);
  for (const word of rest) {
    if (stem.length + 1 + word.length > room) break;
    stem += `-${word}`;
  }
  stem = [stem || 'company', where].filter(Boolean).join('-');
  for (let n = 1; ; n++) {
    const domain = `${n === 1 ? stem : `${stem}-${n}`}.example`;
    if (!world.domains.has(domain)) {
      world.domains.add(domain);
      return domain;
    }
  }
}

/** Vose's alias method: O(1) draws from a fixed discrete distribution. */
class AliasTable {
  private readonly probability: Float64Array;
  private readonly alias: Int32Array;

  constructor(weights: number[]) {
    const n = weights.length;
    this.probability = new Float64Array(n);
    this.alias = new Int32Array(n);
    const total = weights.reduce((a, b) => a + b, 0);
    const scaled = weights.map((w) => (w * n) / total);
    const small: number[] = [];
    const large: number[] = [];
    scaled.forEach((p, i) => {
      (p < 1 ? small : large).push(i);
    });
    while (small.length > 0 && large.length > 0) {
      const s = small.pop() as number;
      const l = large.pop() as number;
      this.probability[s] = scaled[s] as number;
      this.alias[s] = l;
      scaled[l] = (scaled[l] as number) + (scaled[s] as number) - 1;
      ((scaled[l] as number) < 1 ? small : large).push(l);
    }
    for (const i of [...small, ...large]) this.probability[i] = 1;
  }

  draw(rng: Rng): number {
    const i = rng.int(this.probability.length);
    return rng.next() < (this.probability[i] as number) ? i : (this.alias[i] as number);
  }
}
