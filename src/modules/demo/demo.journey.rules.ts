import { TICKET_SUBJECTS } from './demo.catalog.ts';
import {
  addDeal,
  type DealSpec,
  type Line,
  lostNote,
  openTicket,
  orderLines,
  placeOrder,
  totalOf,
} from './demo.history.rules.ts';
import { type Batch, DAY } from './demo.rows.ts';
import type { Contacts, DealWindow, Subject } from './demo.timeline.rules.ts';
import type { DemoWorld } from './demo.world.ts';

/**
 * How a person got to their lifecycle stage, as records: customers won a deal, then ordered (and
 * kept ordering, or stopped and did not renew: churned); opportunities have an open deal; some leads
 * and qualified leads lost one. The stage's date is the moment of the step that made it.
 */
export type Stage =
  | 'subscriber'
  | 'lead'
  | 'qualified'
  | 'opportunity'
  | 'customer'
  | 'evangelist'
  | 'churned'
  | 'other';

export interface Journey {
  changedAt: number;
  /** Until when conversations happen. */
  end: number;
  conversations: number;
  deals: DealWindow[];
  /** When their first order was placed; null for someone who has not bought. */
  customerSince: number | null;
}

interface Start {
  stage: Stage;
  createdAt: number;
  b2c: boolean;
}

const dealName = (who: Subject, lines: Line[]) =>
  `${who.company?.name ?? who.name} – ${lines[0]?.product.name ?? 'order'}`;

export function customerHistory(
  world: DemoWorld,
  batch: Batch,
  who: Subject,
  start: Start,
  contacts: Contacts,
): Journey {
  const rng = world.rng;
  const wonAt = start.createdAt + rng.between(20, 110) * DAY + rng.int(DAY);
  const firstLines = orderLines(world, true, start.b2c);
  const dealCreated = Math.max(start.createdAt + DAY, wonAt - rng.between(14, 60) * DAY);
  const deals: DealWindow[] = [];
  const won = addDeal(world, batch, who, {
    pipeline: 0,
    stage: 'Won',
    name: dealName(who, firstLines),
    amountCents: totalOf(firstLines),
    createdAt: dealCreated,
    closedAt: wonAt,
    closeDate: wonAt,
  });
  deals.push({ id: won, from: dealCreated, to: wonAt });
  const first = placeOrder(world, batch, who, wonAt + rng.between(1, 10) * DAY, firstLines, contacts);

  const churned = start.stage === 'churned';
  const limit = churned
    ? Math.max(first.at + 30 * DAY, world.now - rng.between(400, 600) * DAY)
    : world.now - DAY;
  const repeats =
    start.stage === 'evangelist' ? 3 + rng.geometric(0.35) : rng.geometric(churned ? 0.6 : 0.45) - 1;
  let last = first;
  let changedAt = first.at;
  for (let n = 0, at = first.at; n < repeats; n++) {
    at += rng.between(30, 240) * DAY;
    if (at > limit) break;
    last = placeOrder(world, batch, who, at, orderLines(world, false, start.b2c), contacts);
    if (start.stage === 'evangelist' && n === 1) changedAt = at;
  }
  if (start.stage === 'evangelist' && changedAt === first.at) changedAt = last.at;

  let end = world.now;
  if (churned) {
    const churnAt = Math.min(last.at + rng.between(90, 300) * DAY, world.now - 30 * DAY);
    const opened = churnAt - rng.between(20, 60) * DAY;
    const lost = renewal(
      world,
      batch,
      who,
      { stage: 'Not renewed', createdAt: opened, closedAt: churnAt, closeDate: churnAt },
      firstLines,
    );
    deals.push({ id: lost, from: opened, to: churnAt });
    lostNote(world, batch, who, lost, churnAt, contacts);
    changedAt = churnAt;
    end = churnAt + 20 * DAY;
  } else if (world.now - first.at > 300 * DAY && rng.chance(0.35)) {
    const opened = world.now - rng.between(5, 40) * DAY;
    const open = renewal(
      world,
      batch,
      who,
      {
        stage: rng.pick(['Renewal due', 'Quote sent']),
        createdAt: opened,
        closeDate: world.now + rng.between(10, 60) * DAY,
      },
      firstLines,
    );
    deals.push({ id: open, from: opened, to: world.now });
  }

  if (rng.chance(start.stage === 'evangelist' ? 0.5 : 0.3)) {
    const until = Math.min(end, world.now) - 3_600_000;
    // Each about something else: the same question twice in a few weeks would read as a copy.
    for (const subject of rng.sample(TICKET_SUBJECTS, rng.between(1, 3)))
      openTicket(
        world,
        batch,
        who,
        { at: first.at + Math.floor(rng.next() * Math.max(until - first.at, DAY / 2)), subject },
        contacts,
      );
  }
  const conversations =
    start.stage === 'evangelist' ? rng.between(5, 11) : rng.between(2, start.stage === 'churned' ? 6 : 5);
  return {
    changedAt: Math.max(changedAt, start.createdAt),
    end,
    conversations,
    deals,
    customerSince: first.at,
  };
}

function renewal(
  world: DemoWorld,
  batch: Batch,
  who: Subject,
  spec: Pick<DealSpec, 'stage' | 'createdAt' | 'closeDate'> & { closedAt?: number },
  firstLines: Line[],
): string {
  const licences = firstLines.filter((l) => l.product.category === 'Licences');
  return addDeal(world, batch, who, {
    pipeline: 1,
    name: `${who.company?.name ?? who.name} – Renewal ${new Date(spec.closeDate).getUTCFullYear()}`,
    amountCents: totalOf(licences.length > 0 ? licences : firstLines),
    ...spec,
  });
}

export function prospectHistory(
  world: DemoWorld,
  batch: Batch,
  who: Subject,
  start: Start,
  contacts: Contacts,
): Journey {
  const rng = world.rng;
  const age = world.now - start.createdAt;
  const deals: DealWindow[] = [];
  let changedAt = start.createdAt;
  let conversations = 0;
  switch (start.stage) {
    case 'opportunity': {
      const dealAt = world.now - rng.between(3, Math.max(4, Math.min(120, Math.floor(age / DAY) - 5))) * DAY;
      const lines = orderLines(world, true, start.b2c);
      const id = addDeal(world, batch, who, {
        pipeline: 0,
        stage: rng.weighted([
          ['Qualification', 30],
          ['Needs analysis', 30],
          ['Proposal', 25],
          ['Negotiation', 15],
        ] as const),
        name: dealName(who, lines),
        amountCents: totalOf(lines),
        createdAt: dealAt,
        closeDate: world.now + rng.between(7, 90) * DAY,
      });
      deals.push({ id, from: dealAt, to: world.now });
      changedAt = dealAt;
      conversations = rng.between(3, 9);
      break;
    }
    case 'qualified':
      changedAt = start.createdAt + Math.floor(age * (0.1 + rng.next() * 0.6));
      conversations = rng.between(2, 6);
      if (rng.chance(0.15))
        lostDeal(world, batch, who, changedAt + rng.between(1, 20) * DAY, deals, contacts, start.b2c);
      break;
    case 'lead':
      conversations = rng.between(0, 3);
      if (rng.chance(0.04))
        lostDeal(world, batch, who, start.createdAt + rng.between(5, 30) * DAY, deals, contacts, start.b2c);
      break;
    case 'other':
      conversations = rng.chance(0.5) ? 1 : 0;
      break;
    default:
      break;
  }
  return { changedAt, end: world.now, conversations, deals, customerSince: null };
}

function lostDeal(
  world: DemoWorld,
  batch: Batch,
  who: Subject,
  createdAt: number,
  deals: DealWindow[],
  contacts: Contacts,
  b2c: boolean,
): void {
  const closedAt = createdAt + world.rng.between(14, 60) * DAY;
  if (closedAt > world.now - DAY) return;
  const lines = orderLines(world, true, b2c);
  const id = addDeal(world, batch, who, {
    pipeline: 0,
    stage: 'Lost',
    name: dealName(who, lines),
    amountCents: totalOf(lines),
    createdAt,
    closedAt,
    closeDate: closedAt,
  });
  deals.push({ id, from: createdAt, to: closedAt });
  lostNote(world, batch, who, id, closedAt, contacts);
}
