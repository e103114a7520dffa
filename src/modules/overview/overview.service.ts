import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { type Actor, scopeOf } from '../access/index.ts';
import { companyContext, findCompany, presentCompany } from '../companies/index.ts';
import { employmentsOf, findPerson, presentPerson, writeContext } from '../people/index.ts';
import { listDeals, listOrders, presentDeal, presentOrder } from '../sales/index.ts';
import { listTickets, presentTicket } from '../service/index.ts';
import { presentActivity } from '../timeline/index.ts';
import { personTimeline } from '../timeline/timeline.list.ts';
import { companyLastContact, personTeamContact } from './last-contact.ts';

/**
 * Everything about one customer on one screen: profile, companies, open deals, tickets, orders and
 * revenue, their last contact and who on the team was last in touch, and the start of their history.
 * Sections the actor's role may not read are absent, not empty.
 */
export async function personOverview(tx: Tx, actor: Actor, personId: string) {
  const person = await findPerson(tx, actor, personId);
  const { definitions } = await writeContext(tx, actor.workspaceId);
  const may = (object: 'deals' | 'tickets' | 'orders') => scopeOf(actor.role, object, 'read') !== 'none';
  const page = { limit: 10, cursor: undefined };
  const [employments, deals, tickets, orders, revenue, timeline, contactedBy, teamContact] =
    await Promise.all([
      employmentsOf(tx, actor, personId),
      may('deals')
        ? listDeals(tx, actor, { personId, status: 'open' }, { ...page, sort: '-updatedAt' })
        : undefined,
      may('tickets') ? listTickets(tx, actor.workspaceId, { requesterId: personId }, page) : undefined,
      may('orders')
        ? listOrders(tx, actor.workspaceId, { personId }, { limit: 5, cursor: undefined })
        : undefined,
      may('orders') ? revenueOf(tx, actor.workspaceId, { personId }) : undefined,
      personTimeline(tx, actor, personId, { limit: 20, cursor: undefined }),
      person.last_contacted_by
        ? tx
            .selectFrom('users')
            .select(['id', 'name'])
            .where('id', '=', person.last_contacted_by)
            .executeTakeFirst()
        : undefined,
      // The last contact was the customer's: the team's is further back in their history.
      person.last_contacted_at && !person.last_contacted_by
        ? personTeamContact(tx, actor.workspaceId, personId)
        : undefined,
    ]);
  const lastContact = person.last_contacted_at
    ? {
        at: person.last_contacted_at.toISOString(),
        by: contactedBy ? { id: contactedBy.id, name: contactedBy.name } : null,
      }
    : null;
  return {
    person: presentPerson(person, definitions),
    employments,
    ...(deals ? { openDeals: deals.rows.map(presentDeal) } : {}),
    ...(tickets ? { tickets: tickets.rows.map(presentTicket) } : {}),
    ...(orders && revenue ? { orders: { ...revenue, recent: orders.rows.map(presentOrder) } } : {}),
    lastContact,
    lastTeamContact: lastContact?.by ? lastContact : (teamContact ?? null),
    timeline: { data: timeline.rows.map(presentActivity), nextCursor: timeline.nextCursor },
  };
}

/**
 * An account's 360: the company with its open deals, the tickets its people asked, its orders and
 * revenue, the last contact with any of its people and the team's last. Sections the actor's role
 * may not read are absent, not empty. Its people and history have their own paged endpoints.
 */
export async function companyOverview(tx: Tx, actor: Actor, companyId: string) {
  const company = await findCompany(tx, actor, companyId);
  const { definitions } = await companyContext(tx, actor.workspaceId);
  const may = (object: 'deals' | 'tickets' | 'orders') => scopeOf(actor.role, object, 'read') !== 'none';
  const page = { limit: 10, cursor: undefined };
  const [deals, tickets, orders, revenue, lastContact] = await Promise.all([
    may('deals')
      ? listDeals(tx, actor, { companyId, status: 'open' }, { ...page, sort: '-updatedAt' })
      : undefined,
    may('tickets') ? listTickets(tx, actor.workspaceId, { companyId }, page) : undefined,
    may('orders')
      ? listOrders(tx, actor.workspaceId, { companyId }, { limit: 5, cursor: undefined })
      : undefined,
    may('orders') ? revenueOf(tx, actor.workspaceId, { companyId }) : undefined,
    // The company keeps when it was last contacted (0061's triggers): never, and there is nothing to
    // walk. Otherwise the walk says with whom and by whom, which the kept value does not.
    company.last_contacted_at ? companyLastContact(tx, actor.workspaceId, companyId) : null,
  ]);
  const lastTeamContact =
    !lastContact || lastContact.by
      ? lastContact
      : await companyLastContact(tx, actor.workspaceId, companyId, 'team');
  return {
    company: presentCompany(company, definitions),
    ...(deals ? { openDeals: deals.rows.map(presentDeal) } : {}),
    ...(tickets ? { tickets: tickets.rows.map(presentTicket) } : {}),
    ...(orders && revenue ? { orders: { ...revenue, recent: orders.rows.map(presentOrder) } } : {}),
    lastContact,
    lastTeamContact,
  };
}

/**
 * Orders, revenue and margin per currency (amounts in different currencies are never added); the
 * margin only where every line's cost is known.
 */
async function revenueOf(tx: Tx, workspaceId: string, of: { personId: string } | { companyId: string }) {
  const owner = 'personId' in of ? sql`o.person_id = ${of.personId}` : sql`o.company_id = ${of.companyId}`;
  const rows = await sql<{
    currency: string;
    orders: number;
    revenue: string;
    margin: string | null;
    last_at: Date | null;
  }>`
    SELECT o.currency, count(*)::int AS orders, sum(o.total)::text AS revenue,
           -- Known only when every order's cost is: sum() would skip the unknown costs and
           -- count those orders' whole revenue as margin.
           CASE WHEN bool_and(cost.value IS NOT NULL) THEN (sum(o.total) - sum(cost.value))::text END AS margin,
           max(o.ordered_at) AS last_at
    FROM orders o
    LEFT JOIN LATERAL (
      SELECT CASE WHEN bool_and(l.unit_cost IS NOT NULL) THEN sum(l.quantity * l.unit_cost) END AS value
      FROM order_lines l WHERE l.workspace_id = o.workspace_id AND l.order_id = o.id) cost ON true
    WHERE o.workspace_id = ${workspaceId} AND ${owner} AND o.status NOT IN ('cancelled', 'refunded')
    GROUP BY o.currency ORDER BY sum(o.total) DESC`.execute(tx);
  return {
    count: rows.rows.reduce((n, r) => n + r.orders, 0),
    lastOrderAt:
      rows.rows
        .map((r) => r.last_at)
        .filter((d): d is Date => d !== null)
        .sort((a, b) => b.getTime() - a.getTime())[0]
        ?.toISOString() ?? null,
    byCurrency: rows.rows.map((r) => ({
      currency: r.currency,
      orders: r.orders,
      revenue: Math.round(Number(r.revenue) * 100) / 100,
      margin: r.margin === null ? null : Math.round(Number(r.margin) * 100) / 100,
    })),
  };
}
