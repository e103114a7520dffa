import {
  base,
  de,
  de_AT,
  de_CH,
  en,
  en_AU,
  en_CA,
  en_GB,
  en_IE,
  en_US,
  es,
  Faker,
  fr,
  it,
  type LocaleDefinition,
  nl,
  pl,
  pt_BR,
  sv,
} from '@faker-js/faker';
import { BRANDS, PIPELINES, PRODUCTS, STAFF, TEAMS } from './demo.catalog.ts';
import { hashString, IdFactory, Rng, TakenSet } from './demo.random.ts';
import { Batch, cents, iso, YEAR } from './demo.rows.ts';

/**
 * The state one demo run shares across its generators: the seeded generator, ids, the e-mails and
 * domains already used, Faker per locale, the staff and the catalogue. Everything derives from the
 * seed and `now`; the staff's user ids (which the database assigns) are the only input from outside.
 */
const LOCALES: Record<string, LocaleDefinition> = {
  de,
  de_AT,
  de_CH,
  en_AU,
  en_CA,
  en_GB,
  en_IE,
  en_US,
  es,
  fr,
  it,
  nl,
  pl,
  pt_BR,
  sv,
};

export interface DemoPlan {
  seed: string;
  people: number;
  /** The demo's present, in ms: every history ends before it. */
  now: number;
}

export interface StaffMember {
  name: string;
  /** The part before the @; the domain is the workspace's. */
  emailLocal: string;
  role: string;
  team: number | null;
}

export interface Colleague extends StaffMember {
  id: string;
}

export interface Product {
  id: string;
  sku: string;
  name: string;
  category: string;
  priceCents: number;
  costCents: number;
}

export interface Stage {
  id: string;
  name: string;
  outcome: 'open' | 'won' | 'lost';
}

export class DemoWorld {
  readonly plan: DemoPlan;
  readonly rng: Rng;
  readonly ids: IdFactory;
  readonly emails = new TakenSet();
  readonly domains = new TakenSet();
  /** Companies' names, by their words in any order (demo.companies.rules.ts). */
  readonly companyNames = new TakenSet();
  /** People's numbers: drawn at random, two people would share one now and then and look like duplicates. */
  readonly phones = new TakenSet();
  /** Deals' names, each with its company (or person, without one). */
  readonly dealNames = new TakenSet();
  readonly brand: string;
  readonly companyCount: number;
  readonly staffPlan: StaffMember[];
  private readonly fakers = new Map<string, Faker>();
  colleagues: Colleague[] = [];
  products: Product[] = [];
  /** The licences (the software itself, not a seat or a service) prospects ask about and reps offer. */
  plans: Product[] = [];
  pipelines: { id: string; stages: Stage[] }[] = [];
  ticketCount = 0;
  orderCount = 0;

  constructor(plan: DemoPlan) {
    this.plan = plan;
    this.rng = new Rng(hashString(`rapport-demo:${plan.seed}`));
    this.ids = new IdFactory(new Rng(hashString(`rapport-demo-ids:${plan.seed}`)));
    this.brand = this.rng.pick(BRANDS);
    this.companyCount = Math.max(1, Math.round(plan.people / 5));
    this.staffPlan = this.planStaff();
  }

  get now(): number {
    return this.plan.now;
  }

  /** Faker in a country's language, seeded from the demo's seed. */
  faker(locale: string): Faker {
    let faker = this.fakers.get(locale);
    if (!faker) {
      const definition = LOCALES[locale];
      if (!definition) throw new Error(`no Faker locale ${locale}`);
      faker = new Faker({ locale: [definition, en, base] });
      faker.seed(hashString(`${this.plan.seed}:${locale}`));
      this.fakers.set(locale, faker);
    }
    return faker;
  }

  workspaceName(): string {
    return `Demo ${this.brand} Systems`;
  }

  private planStaff(): StaffMember[] {
    const faker = this.faker('en_US');
    const used = new Set<string>();
    const members: StaffMember[] = [];
    // The admin, who signs in to the demo, also leads sales in the Americas: their Home has tasks
    // to do, and "my" people and deals to look at.
    for (const group of [{ role: 'admin', team: 0, count: 1 }, ...STAFF]) {
      for (let i = 0; i < group.count; i++) {
        let first = faker.person.firstName();
        let last = faker.person.lastName();
        while (used.has(`${slug(first)}.${slug(last)}`)) {
          first = faker.person.firstName();
          last = faker.person.lastName();
        }
        used.add(`${slug(first)}.${slug(last)}`);
        members.push({
          name: `${first} ${last}`,
          emailLocal: `${slug(first)}.${slug(last)}`,
          role: group.role,
          team: group.team,
        });
      }
    }
    return members;
  }

  /** Reps who own customers in a region: team 0 covers the Americas, team 1 Europe and the rest. */
  reps(americas: boolean): Colleague[] {
    const team = americas ? 0 : 1;
    return this.colleagues.filter((c) => c.team === team && ['sales', 'manager', 'admin'].includes(c.role));
  }

  support(): Colleague[] {
    return this.colleagues.filter((c) => c.role === 'support');
  }

  marketing(): Colleague[] {
    return this.colleagues.filter((c) => c.role === 'marketing');
  }

  /** Teams, products and pipelines: what the demo company is made of and sells. */
  catalogue(): Batch {
    const batch = new Batch();
    const created = iso(this.now - 6 * YEAR);
    this.products = PRODUCTS.map(([name, category, price, margin], i) => {
      const priceCents = cents(price);
      return {
        id: this.ids.next(),
        sku: `${category.slice(0, 3).toUpperCase()}-${String(1001 + i)}`,
        name: name.replace('{brand}', this.brand),
        category,
        priceCents,
        costCents: Math.round(priceCents * (1 - margin)),
      };
    });
    this.plans = this.products.filter((p) => p.category === 'Licences' && p.name.startsWith(this.brand));
    for (const p of this.products)
      batch.add('products', {
        id: p.id,
        sku: p.sku,
        name: p.name,
        category: p.category,
        unit_price: p.priceCents / 100,
        unit_cost: p.costCents / 100,
        currency: 'USD',
        created_at: created,
        updated_at: created,
      });
    this.pipelines = PIPELINES.map((pipeline, position) => {
      const id = this.ids.next();
      batch.add('pipelines', { id, name: pipeline.name, position, created_at: created, updated_at: created });
      const stages = pipeline.stages.map((stage, stagePosition) => {
        const stageId = this.ids.next();
        batch.add('pipeline_stages', {
          id: stageId,
          pipeline_id: id,
          name: stage.name,
          position: stagePosition,
          probability: stage.probability,
          outcome: stage.outcome,
          created_at: created,
          updated_at: created,
        });
        return { id: stageId, name: stage.name, outcome: stage.outcome };
      });
      return { id, stages };
    });
    return batch;
  }

  teamRows(): { id: string; name: string; description: string }[] {
    return TEAMS.map((team) => ({ id: this.ids.next(), ...team }));
  }
}

const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  å: 'a',
  ł: 'l',
  đ: 'd',
  œ: 'oe',
  þ: 'th',
};

/** "Jürgen Groß-Weber" → "jurgengrossweber": what e-mail addresses and domains are made of. */
export function slug(text: string, keep = ''): string {
  let out = '';
  for (const ch of text.toLowerCase().normalize('NFKD')) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || keep.includes(ch)) out += ch;
    else if (SPECIAL[ch]) out += SPECIAL[ch];
  }
  return out;
}
