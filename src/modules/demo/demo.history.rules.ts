import { derivedKey } from '../timeline/index.ts';
import { LOST_REASONS } from './demo.catalog.ts';
import { type Batch, DAY, iso, isoDate } from './demo.rows.ts';
import { addEntry, type Contacts, type Subject } from './demo.timeline.rules.ts';
import type { DemoWorld, Product } from './demo.world.ts';

/**
 * The sales and service records of one person: orders with their lines (totals are the sum of the
 * lines, to the cent), deals in the pipelines (won before a first order, open for opportunities,
 * lost for some), and support tickets, each with the timeline entries it makes.
 */
export interface Line {
  product: Product;
  quantity: number;
  unitCents: number;
}

export interface PlacedOrder {
  id: string;
  at: number;
  totalCents: number;
  mainProduct: string;
}

const QUANTITY: Record<string, [number, number]> = {
  Licences: [1, 3],
  Services: [1, 5],
  Training: [1, 3],
  Hardware: [1, 12],
  Supplies: [2, 30],
  'Add-ons': [1, 4],
};

/** What a customer buys: a licence first, then renewals, add-ons and supplies; shops buy less. */
export function orderLines(world: DemoWorld, first: boolean, b2c: boolean): Line[] {
  const rng = world.rng;
  const byCategory = (category: string) => world.products.filter((p) => p.category === category);
  const licences = byCategory('Licences').slice(0, b2c ? 2 : 4);
  const chosen: Product[] = [];
  if (first || rng.chance(0.5)) chosen.push(rng.pick(licences));
  const extras = world.products.filter(
    (p) => p.category !== 'Licences' && (!b2c || ['Hardware', 'Supplies'].includes(p.category)),
  );
  for (const product of rng.sample(extras, rng.between(first ? 1 : 1, b2c ? 2 : 3)))
    if (!chosen.includes(product)) chosen.push(product);
  const discount = b2c ? 0 : rng.pick([0, 0, 0.05, 0.1, 0.15]);
  return chosen.map((product) => {
    const [min, max] = QUANTITY[product.category] ?? [1, 2];
    return {
      product,
      quantity: b2c ? Math.min(rng.between(min, max), 3) : rng.between(min, max),
      unitCents: Math.round(product.priceCents * (1 - discount)),
    };
  });
}

export const totalOf = (lines: Line[]) => lines.reduce((sum, l) => sum + l.quantity * l.unitCents, 0);

export function placeOrder(
  world: DemoWorld,
  batch: Batch,
  who: Subject,
  at: number,
  lines: Line[],
  contacts: Contacts,
): PlacedOrder {
  const id = world.ids.next();
  const externalId = `DEMO-${String(++world.orderCount).padStart(7, '0')}`;
  const totalCents = totalOf(lines);
  const age = world.now - at;
  const status = age < 3 * DAY ? 'placed' : age < 10 * DAY ? 'paid' : world.rng.weighted(ORDER_STATUSES);
  batch.add('orders', {
    id,
    external_id: externalId,
    person_id: who.id,
    company_id: who.company?.id ?? null,
    ordered_at: iso(at),
    currency: 'USD',
    total: totalCents / 100,
    status,
    created_at: iso(at),
    updated_at: iso(at + (status === 'placed' ? 0 : Math.min(age, 2 * DAY))),
  });
  lines.forEach((line, i) => {
    batch.add('order_lines', {
      order_id: id,
      line_no: i + 1,
      product_id: line.product.id,
      sku: line.product.sku,
      description: line.product.name,
      quantity: line.quantity,
      unit_price: line.unitCents / 100,
      unit_cost: line.product.costCents / 100,
    });
  });
  // The entry the timeline consumer would derive from this order, under the same key, so deriving
  // it again changes nothing.
  addEntry(
    world,
    batch,
    who,
    {
      type: 'order',
      channel: 'web',
      direction: 'inbound',
      at,
      subject: `Order ${externalId}: ${(totalCents / 100).toFixed(2)} USD`,
      actor: { person: who.id },
      orderId: id,
      sourceKey: derivedKey('order', id),
      metadata: { number: externalId, total: totalCents / 100, currency: 'USD' },
    },
    contacts,
  );
  return { id, at, totalCents, mainProduct: lines[0]?.product.name ?? 'order' };
}

const ORDER_STATUSES = [
  ['fulfilled', 96],
  ['refunded', 3],
  ['cancelled', 1],
] as const;

export interface DealSpec {
  pipeline: 0 | 1;
  stage: string;
  name: string;
  amountCents: number;
  createdAt: number;
  /** Closing moment of a won or lost deal; undefined while open. */
  closedAt?: number;
  closeDate: number;
}

export function addDeal(world: DemoWorld, batch: Batch, who: Subject, spec: DealSpec): string {
  const pipeline = world.pipelines[spec.pipeline];
  const stage = pipeline?.stages.find((s) => s.name === spec.stage);
  if (!pipeline || !stage) throw new Error(`no stage ${spec.stage}`);
  const id = world.ids.next();
  // Two people of one company buying the same thing would have deals of one name; the second says
  // whose it is, as a rep would write it.
  const taken = `${who.company?.id ?? who.id}\n${spec.name}`;
  const name = world.dealNames.has(taken) ? `${spec.name} – ${who.name}` : spec.name;
  world.dealNames.add(taken);
  batch.add('deals', {
    id,
    name,
    amount: spec.amountCents / 100,
    currency: 'USD',
    pipeline_id: pipeline.id,
    stage_id: stage.id,
    status: stage.outcome,
    close_date: isoDate(spec.closeDate),
    company_id: who.company?.id ?? null,
    owner_id: who.ownerId,
    source: 'demo',
    created_at: iso(spec.createdAt),
    updated_at: iso(spec.closedAt ?? spec.createdAt),
    closed_at: spec.closedAt === undefined ? null : iso(spec.closedAt),
  });
  batch.add('deal_people', { deal_id: id, person_id: who.id });
  return id;
}

/** A lost deal's entry: why it was lost, as the rep noted it. */
export function lostNote(
  world: DemoWorld,
  batch: Batch,
  who: Subject,
  dealId: string,
  at: number,
  contacts: Contacts,
) {
  const reason = world.rng.pick(LOST_REASONS);
  addEntry(
    world,
    batch,
    who,
    {
      type: 'note',
      channel: 'other',
      direction: null,
      at,
      subject: 'Deal lost',
      body: reason,
      bodyHtml: `<p>${reason}</p>`,
      actor: { user: who.ownerId },
      dealId,
    },
    contacts,
  );
}

/** A support ticket with its entries: opened, the first answer from support, solved. */
export function openTicket(
  world: DemoWorld,
  batch: Batch,
  who: Subject,
  { at, subject }: { at: number; subject: string },
  contacts: Contacts,
): void {
  const rng = world.rng;
  const id = world.ids.next();
  const number = ++world.ticketCount;
  const age = world.now - at;
  const hours = Math.floor(age / 3_600_000);
  const status =
    hours < 3
      ? 'new'
      : age > 14 * DAY
        ? age > 60 * DAY
          ? 'closed'
          : 'solved'
        : rng.pick(['new', 'open', 'pending', 'solved']);
  const solvedAt = ['solved', 'closed'].includes(status)
    ? at + rng.between(1, Math.min(10 * 24, hours - 2)) * 3_600_000
    : null;
  const assignee = rng.pick(world.support()).id;
  batch.add('tickets', {
    id,
    number,
    subject,
    status,
    priority: rng.weighted(PRIORITIES),
    requester_id: who.id,
    assignee_id: status === 'new' ? null : assignee,
    channel: rng.weighted(CHANNELS),
    created_at: iso(at),
    updated_at: iso(solvedAt ?? at),
    solved_at: solvedAt === null ? null : iso(solvedAt),
  });
  addEntry(
    world,
    batch,
    who,
    {
      type: 'ticket',
      channel: 'system',
      direction: null,
      at,
      subject: `Ticket #${number} opened: ${subject}`,
      actor: { person: who.id },
      ticketId: id,
      // The writer turns this into the timeline consumer's own key once the ticket's change is written.
      sourceKey: `ticket-created:${id}`,
      metadata: { status: 'new' },
    },
    contacts,
  );
  const answeredAt = at + rng.between(10, 50) * 60_000;
  if (status !== 'new' && answeredAt < world.now)
    addEntry(
      world,
      batch,
      who,
      {
        type: 'email',
        channel: 'email',
        direction: 'outbound',
        at: answeredAt,
        subject: `Re: [#${number}] ${subject}`,
        body: 'Thanks for reaching out. We are looking into it and will get back to you shortly.',
        actor: { user: assignee },
        ticketId: id,
      },
      contacts,
    );
  if (solvedAt !== null)
    addEntry(
      world,
      batch,
      who,
      {
        type: 'ticket',
        channel: 'system',
        direction: null,
        at: solvedAt,
        subject: `Ticket #${number} is now ${status}`,
        actor: { user: assignee },
        ticketId: id,
        sourceKey: derivedKey('ticket', id, status),
        metadata: { status },
      },
      contacts,
    );
}

const PRIORITIES = [
  ['low', 25],
  ['normal', 55],
  ['high', 15],
  ['urgent', 5],
] as const;
const CHANNELS = [
  ['email', 50],
  ['portal', 20],
  ['phone', 15],
  ['chat', 15],
] as const;
