import { JOB_TITLES, PERSON_TAGS, WEB_FORMS } from './demo.catalog.ts';
import type { CompanyIndex, CompanyRef } from './demo.companies.rules.ts';
import { newsletterConsent } from './demo.consents.rules.ts';
import { preferredLanguage } from './demo.fields.rules.ts';
import { customerHistory, type Journey, prospectHistory, type Stage } from './demo.journey.rules.ts';
import {
  type City,
  COUNTRIES,
  COUNTRY_WEIGHTS,
  type Country,
  landlineNumber,
  mobileNumber,
  nearby,
  postalCode,
} from './demo.places.ts';
import { type Batch, DAY, iso, isoDate, YEAR } from './demo.rows.ts';
import { firstTouch } from './demo.sources.rules.ts';
import { nextStep } from './demo.tasks.rules.ts';
import { addEntry, Contacts, campaigns, conversations, type Subject } from './demo.timeline.rules.ts';
import { type DemoWorld, slug } from './demo.world.ts';

/**
 * One person and everything that happened with them: who they are (a name in their country's
 * language, an e-mail at their company's domain or a personal one, valid mobile and office numbers,
 * their office address), where they worked, and their history, from which their lifecycle stage,
 * its date and "last contacted" follow.
 */
const STAGES: readonly (readonly [Stage, number])[] = [
  ['subscriber', 10],
  ['lead', 36],
  ['qualified', 12],
  ['opportunity', 10],
  ['customer', 24],
  ['evangelist', 3],
  ['churned', 4],
  ['other', 1],
];

/** How long ago, at least, someone at this stage must have been met (days). */
const MIN_AGE: Record<Stage, number> = {
  subscriber: 1,
  lead: 1,
  qualified: 20,
  opportunity: 30,
  customer: 150,
  evangelist: 500,
  churned: 800,
  other: 1,
};

/** Personal addresses live under reserved domains (RFC 2606): the demo never mails a real person. */
const PERSONAL_DOMAINS = ['example.com', 'example.net', 'example.org'];

/** Of every 1,000 people, 4 are someone already in the workspace, entered again (see twinStory). */
const TWIN_EVERY = 250;

/** The person with a company written last, per demo: whom a twin copies. */
const lastWritten = new WeakMap<DemoWorld, Original>();

interface Original {
  first: string;
  last: string;
  company: CompanyRef;
  country: Country;
  city: City;
  mobile: string | null;
  createdAt: number;
}

export function personStory(world: DemoWorld, batch: Batch, companies: CompanyIndex, index: number): void {
  const original = lastWritten.get(world);
  if (index % TWIN_EVERY === TWIN_EVERY / 2 && original) {
    twinStory(world, batch, companies, original);
    return;
  }
  const rng = world.rng;
  const company =
    index < companies.all.length ? companies.get(index) : rng.chance(0.1) ? null : companies.pick(rng);
  const country = company?.country ?? (COUNTRIES[rng.weighted(COUNTRY_WEIGHTS)] as Country);
  const city = (company ? country.cities[company.cityIndex] : rng.pick(country.cities)) as City;
  const faker = world.faker(country.locale);
  const sex = faker.person.sexType();
  let first = faker.person.firstName(sex);
  let last = faker.person.lastName(sex);
  // Some John Smiths (and a Jon), so that typo-tolerant search has namesakes to find.
  if (index % 1000 === 17) [first, last] = ['John', 'Smith'];
  if (index % 1000 === 517) [first, last] = ['Jon', 'Smith'];
  const stage = rng.weighted(STAGES);
  const earliest = Math.max(world.now - 5 * YEAR, (company?.createdAt ?? 0) + DAY);
  const maxAge = Math.max(world.now - earliest, MIN_AGE[stage] * DAY);
  const minAge = MIN_AGE[stage] * DAY;
  const createdAt = world.now - Math.round(minAge + (maxAge - minAge) * rng.next() ** 1.4);
  const americas = ['US', 'CA', 'BR'].includes(country.code);
  const ownerId = company && rng.chance(0.8) ? company.ownerId : rng.pick(world.reps(americas)).id;
  const who: Subject = { id: world.ids.next(), name: `${first} ${last}`, ownerId, company };
  const b2c = company === null;

  const contacts = new Contacts();
  const product = rng.pick(world.plans).name;
  const came = firstTouch(world, batch, who, { at: createdAt, stage, product }, contacts);
  let journey: Journey;
  if (stage === 'customer' || stage === 'evangelist' || stage === 'churned')
    journey = customerHistory(world, batch, who, { stage, createdAt, b2c }, contacts);
  else journey = prospectHistory(world, batch, who, { stage, createdAt, b2c }, contacts);
  const about = { product, customerSince: journey.customerSince };
  const { end, deals } = journey;
  const count = journey.conversations;
  conversations(world, batch, who, { ...about, from: createdAt, to: end, count, deals }, contacts);
  // A deal still open is being worked: the rep and the customer talk while it is, whatever came before.
  for (const deal of deals.filter((d) => d.to >= world.now)) {
    const window = { ...about, from: deal.from, to: world.now - 3_600_000, deals: [deal] };
    conversations(world, batch, who, { ...window, count: rng.between(1, 3), opening: 'out' }, contacts);
  }
  const touches = campaignTouches(world, stage);
  if (touches > 0) {
    const lastCampaign = campaigns(world, batch, who, createdAt, touches, contacts);
    newsletterConsent(world, batch, who, { from: createdAt, lastCampaign, came }, contacts);
  }
  nextStep(world, batch, who, first, stage, createdAt);

  const title = b2c
    ? rng.chance(0.5)
      ? rng.pick(['Owner', 'Store Manager', 'Co-founder'])
      : null
    : jobTitle(world);
  const numbers = phones(world, country, city, company);
  batch.add('people', {
    id: who.id,
    first_name: first,
    last_name: last,
    emails: JSON.stringify(emails(world, first, last, company)),
    phones: JSON.stringify(numbers),
    addresses: JSON.stringify([address(world, country, city, company)]),
    job_title: title,
    company_id: company?.id ?? null,
    owner_id: ownerId,
    lifecycle_stage: stage,
    lifecycle_changed_at: iso(journey.changedAt),
    source: came.source,
    tags: tags(world, stage),
    last_contacted_at: contacts.lastAt === null ? null : iso(contacts.lastAt),
    last_contacted_by: contacts.lastBy,
    custom_fields: JSON.stringify(personFields(world, country)),
    created_at: iso(createdAt),
    updated_at: iso(journey.changedAt),
  });
  if (company) employments(world, batch, companies, who.id, company, createdAt, title);
  batch.people++;
  if (company) {
    const mobile = numbers.find((n) => n.type === 'mobile')?.number ?? null;
    lastWritten.set(world, { first, last, company, country, city, mobile, createdAt });
  }
}

/**
 * Someone already in the workspace through their company, who later fills in the website's form with
 * a personal address and lands as a new lead, owned by whichever rep the form routes to: the
 * duplicate every CRM collects. Same name (now and then misspelt) and company; the same mobile, when
 * they gave one. So the duplicate finder has true pairs to offer in a demo, and a merge has two
 * histories to join.
 */
function twinStory(world: DemoWorld, batch: Batch, companies: CompanyIndex, original: Original): void {
  const rng = world.rng;
  const { first, company, country, city } = original;
  // Typed in a hurry, now and then: two letters of the surname swapped.
  const last = rng.chance(0.3)
    ? swapTwoLetters(original.last, rng.int(Math.max(1, original.last.length - 1)))
    : original.last;
  const createdAt =
    original.createdAt + Math.round((world.now - original.createdAt) * (0.3 + 0.6 * rng.next()));
  const americas = ['US', 'CA', 'BR'].includes(country.code);
  const who: Subject = {
    id: world.ids.next(),
    name: `${first} ${last}`,
    ownerId: rng.pick(world.reps(americas)).id,
    company,
  };
  const contacts = new Contacts();
  const form = rng.pick(WEB_FORMS);
  addEntry(
    world,
    batch,
    who,
    {
      type: 'form',
      channel: 'web',
      direction: 'inbound',
      at: createdAt,
      subject: form,
      actor: { person: who.id },
      metadata: { form },
    },
    contacts,
  );
  const local = `${slug(first) || 'contact'}.${slug(last) || 'person'}`;
  const email = unique(world, local, rng.pick(PERSONAL_DOMAINS));
  const phones = original.mobile && rng.chance(0.7) ? [{ number: original.mobile, type: 'mobile' }] : [];
  batch.add('people', {
    id: who.id,
    first_name: first,
    last_name: last,
    emails: JSON.stringify([{ address: email, type: 'personal' }]),
    phones: JSON.stringify(phones),
    addresses: JSON.stringify([address(world, country, city, company)]),
    job_title: null,
    company_id: company.id,
    owner_id: who.ownerId,
    lifecycle_stage: 'lead',
    lifecycle_changed_at: iso(createdAt),
    source: 'form',
    tags: [],
    last_contacted_at: null,
    last_contacted_by: null,
    custom_fields: JSON.stringify({}),
    created_at: iso(createdAt),
    updated_at: iso(createdAt),
  });
  employments(world, batch, companies, who.id, company, createdAt, null);
  batch.people++;
  lastWritten.delete(world);
}

/**
 * Newsletters and invitations someone received: subscribers signed up for them; customers get the
 * customer newsletter; prospects now and then. About 0.9 a person, which brings a demo's history to
 * about seven entries a person: more than the five the benchmarks are specified with (5,000,000 for
 * 1,000,000 people).
 */
function campaignTouches(world: DemoWorld, stage: Stage): number {
  const rng = world.rng;
  switch (stage) {
    case 'subscriber':
      return rng.between(1, 3);
    case 'customer':
    case 'evangelist':
    case 'churned':
      return rng.between(1, 2);
    case 'qualified':
    case 'opportunity':
      return rng.chance(0.5) ? 1 : 0;
    case 'lead':
      return rng.chance(0.3) ? 1 : 0;
    default:
      return 0;
  }
}

function emails(world: DemoWorld, first: string, last: string, company: CompanyRef | null) {
  const rng = world.rng;
  const f = slug(first) || 'contact';
  const l = slug(last) || 'person';
  const list: { address: string; type: 'work' | 'personal' }[] = [];
  if (company && rng.chance(0.98)) {
    const local = rng.weighted([
      [`${f}.${l}`, 60],
      [`${f[0]}${l}`, 20],
      [`${f}_${l}`, 8],
      [f, 12],
    ]);
    list.push({ address: unique(world, local, company.domain), type: 'work' });
  }
  if (!company || rng.chance(0.2)) {
    const local = rng.weighted([
      [`${f}.${l}${rng.between(10, 99)}`, 40],
      [`${f}${l}`, 30],
      [`${l}.${f}`, 30],
    ]);
    const personal = { address: unique(world, local, rng.pick(PERSONAL_DOMAINS)), type: 'personal' as const };
    // Some people give their personal address first.
    if (rng.chance(0.25)) list.unshift(personal);
    else list.push(personal);
  }
  return list;
}

function unique(world: DemoWorld, local: string, domain: string): string {
  for (let n = 1; ; n++) {
    const address = `${n === 1 ? local : `${local}${n}`}@${domain}`;
    if (!world.emails.has(address)) {
      world.emails.add(address);
      return address;
    }
  }
}

function phones(world: DemoWorld, country: Country, city: City, company: CompanyRef | null) {
  const rng = world.rng;
  const list: { number: string; type: 'mobile' | 'work' }[] = [];
  if (rng.chance(0.85))
    list.push({ number: unusedNumber(world, () => mobileNumber(rng, country, city)), type: 'mobile' });
  if (company && rng.chance(0.3))
    list.push({ number: unusedNumber(world, () => landlineNumber(rng, country, city)), type: 'work' });
  return list;
}

/** The name with the letters at `at` and `at + 1` swapped ("Reinger" → "Rienger"), when both are letters. */
function swapTwoLetters(name: string, at: number): string {
  const letters = [...name];
  const [a, b] = [letters[at], letters[at + 1]];
  if (!a || !b || !/\p{L}/u.test(a) || !/\p{L}/u.test(b)) return name;
  letters[at] = b;
  letters[at + 1] = a;
  return letters.join('');
}

/** A number nobody else has yet, or after a few draws one that somebody has (a crowded plan). */
function unusedNumber(world: DemoWorld, draw: () => string): string {
  let number = draw();
  for (let attempt = 0; attempt < 10 && world.phones.has(number); attempt++) number = draw();
  world.phones.add(number);
  return number;
}

function address(world: DemoWorld, country: Country, city: City, company: CompanyRef | null) {
  const rng = world.rng;
  const street = company?.street ?? world.faker(country.locale).location.streetAddress();
  return {
    type: company ? 'work' : 'home',
    street,
    city: city.name,
    region: city.region,
    postalCode: company?.postalCode ?? postalCode(rng, city.postal),
    country: country.code,
    ...(company ? { latitude: company.latitude, longitude: company.longitude } : nearby(rng, city)),
  };
}

/** The workspace's custom fields (demo.fields.rules.ts): a language is known for most people. */
function personFields(world: DemoWorld, country: Country): Record<string, string> {
  const rng = world.rng;
  if (!rng.chance(0.85)) return {};
  return { preferredLanguage: preferredLanguage(country, rng.chance(0.1)) };
}

/** Juniors are more numerous than heads of department. */
function jobTitle(world: DemoWorld): string {
  const titles = world.rng.pick(JOB_TITLES);
  return (
    titles[Math.min(titles.length - 1, Math.floor(titles.length * Math.sqrt(world.rng.next())))] ?? 'Manager'
  );
}

function tags(world: DemoWorld, stage: Stage): string[] {
  const rng = world.rng;
  const chosen = rng.sample(
    PERSON_TAGS,
    rng.weighted([
      [0, 50],
      [1, 35],
      [2, 15],
    ] as const),
  );
  if (stage === 'subscriber' && !chosen.includes('newsletter')) chosen.unshift('newsletter');
  if (stage === 'evangelist' && !chosen.includes('champion')) chosen.push('champion');
  return chosen;
}

/** The current job (as createPerson keeps it) and, for some, the one before at another company. */
function employments(
  world: DemoWorld,
  batch: Batch,
  companies: CompanyIndex,
  personId: string,
  company: CompanyRef,
  createdAt: number,
  role: string | null,
) {
  const rng = world.rng;
  const started = createdAt - rng.int(8 * 365) * DAY;
  const at = iso(createdAt);
  batch.add('employments', {
    id: world.ids.next(),
    person_id: personId,
    company_id: company.id,
    role,
    started_on: isoDate(started),
    ended_on: null,
    created_at: at,
    updated_at: at,
  });
  if (companies.all.length > 1 && rng.chance(0.12)) {
    let previous = companies.pick(rng);
    while (previous.id === company.id) previous = companies.pick(rng);
    batch.add('employments', {
      id: world.ids.next(),
      person_id: personId,
      company_id: previous.id,
      role: jobTitle(world),
      started_on: isoDate(started - rng.between(1, 6) * 365 * DAY),
      ended_on: isoDate(started - DAY),
      created_at: at,
      updated_at: at,
    });
  }
}
