import { sql } from 'kysely';
import { idsOrNone } from '../../platform/db/in-list.ts';
import type { Tx } from '../../platform/db/transaction.ts';
import { bumped } from '../../platform/db/versioning.ts';
import { AppError, type FieldError } from '../../platform/errors.ts';
import { fetchPage } from '../../platform/http/pagination.ts';
import { brokenReferences } from '../../platform/query/references.ts';
import type { Actor } from '../access/index.ts';

export interface OrderLineInput {
  productId?: string | undefined;
  sku?: string | undefined;
  description?: string | undefined;
  quantity: number;
  unitPrice: number;
  unitCost?: number | undefined;
}

export interface OrderInput {
  externalId: string;
  personId?: string | null | undefined;
  companyId?: string | null | undefined;
  orderedAt: string;
  currency: string;
  total?: number | undefined;
  status?: 'placed' | 'paid' | 'fulfilled' | 'cancelled' | 'refunded' | undefined;
  lines: OrderLineInput[];
}

const cents = (n: number) => Math.round(n * 100);

/** The order total is the sum of its lines; a total sent with the lines must agree (to the cent). */
export function orderTotal(lines: OrderLineInput[]): number {
  return lines.reduce((sum, l) => sum + cents(l.quantity * l.unitPrice), 0) / 100;
}

export function orderQuery(tx: Tx, workspaceId: string) {
  return tx
    .selectFrom('orders as o')
    .select([
      'o.id',
      'o.external_id',
      'o.person_id',
      'o.company_id',
      'o.ordered_at',
      'o.currency',
      'o.total',
      'o.status',
      'o.created_at',
      'o.updated_at',
      'o.version',
      sql<
        {
          lineNo: number;
          productId: string | null;
          sku: string | null;
          description: string | null;
          quantity: string;
          unitPrice: string;
          unitCost: string | null;
        }[]
      >`
        coalesce((SELECT json_agg(json_build_object('lineNo', l.line_no, 'productId', l.product_id, 'sku', l.sku,
          'description', l.description, 'quantity', l.quantity::text, 'unitPrice', l.unit_price::text, 'unitCost', l.unit_cost::text)
          ORDER BY l.line_no) FROM order_lines l WHERE l.workspace_id = o.workspace_id AND l.order_id = o.id), '[]')`.as(
        'lines',
      ),
    ])
    .where('o.workspace_id', '=', workspaceId);
}
export type OrderRow = Awaited<ReturnType<ReturnType<typeof orderQuery>['executeTakeFirstOrThrow']>>;

export async function findOrder(tx: Tx, workspaceId: string, id: string) {
  const row = await orderQuery(tx, workspaceId).where('o.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such order.');
  return row;
}

/**
 * Creates the order, or replaces it when one with the same externalId exists (shops resend orders:
 * sending one twice never makes two). Lines naming a SKU of the catalogue are linked to the product,
 * and take its unit cost when none is given, so margins can be computed.
 */
export async function upsertOrder(
  tx: Tx,
  actor: Actor,
  input: OrderInput,
): Promise<{ row: OrderRow; created: boolean }> {
  const errors: FieldError[] = [];
  const computed = orderTotal(input.lines);
  if (input.total !== undefined && cents(input.total) !== cents(computed)) {
    errors.push({ path: '/total', message: `The lines add up to ${computed.toFixed(2)}.` });
  }
  const lines = await resolveLines(tx, actor.workspaceId, input.lines, errors);
  await checkParties(tx, actor.workspaceId, input, errors);
  if (errors.length) throw new AppError('validation_failed', 'The order is not valid.', { errors });
  const existing = await tx
    .selectFrom('orders')
    .select(['id', 'company_id'])
    .where('workspace_id', '=', actor.workspaceId)
    .where('external_id', '=', input.externalId)
    .executeTakeFirst();
  const companyId =
    input.companyId === undefined
      ? await companyOf(tx, actor.workspaceId, input.personId ?? null)
      : input.companyId;
  const values = {
    person_id: input.personId ?? null,
    company_id: companyId,
    ordered_at: input.orderedAt,
    currency: input.currency,
    total: computed,
    status: input.status ?? 'placed',
  };
  let id: string;
  if (existing) {
    id = existing.id;
    await tx
      .updateTable('orders')
      .set({ ...values, ...bumped() })
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', id)
      .execute();
    await tx
      .deleteFrom('order_lines')
      .where('workspace_id', '=', actor.workspaceId)
      .where('order_id', '=', id)
      .execute();
  } else {
    id = (
      await tx
        .insertInto('orders')
        .values({ ...values, workspace_id: actor.workspaceId, external_id: input.externalId })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }
  if (lines.length) {
    await tx
      .insertInto('order_lines')
      .values(lines.map((l, i) => ({ ...l, workspace_id: actor.workspaceId, order_id: id, line_no: i + 1 })))
      .execute();
  }
  return { row: await findOrder(tx, actor.workspaceId, id), created: !existing };
}

async function resolveLines(tx: Tx, workspaceId: string, lines: OrderLineInput[], errors: FieldError[]) {
  const skus = [...new Set(lines.flatMap((l) => (l.sku ? [l.sku] : [])))];
  const ids = [...new Set(lines.flatMap((l) => (l.productId ? [l.productId] : [])))];
  const products =
    skus.length || ids.length
      ? await tx
          .selectFrom('products')
          .select(['id', 'sku', 'unit_cost'])
          .where('workspace_id', '=', workspaceId)
          .where((eb) => eb.or([eb('sku', 'in', skus.length ? skus : ['']), eb('id', 'in', idsOrNone(ids))]))
          .execute()
      : [];
  return lines.map((line, i) => {
    const product = products.find((p) => (line.productId ? p.id === line.productId : p.sku === line.sku));
    if (line.productId && !product)
      errors.push({ path: `/lines/${i}/productId`, message: 'No such product.' });
    if (!line.productId && !line.sku)
      errors.push({ path: `/lines/${i}`, message: 'Give a productId or a sku.' });
    return {
      product_id: product?.id ?? null,
      sku: line.sku ?? product?.sku ?? null,
      description: line.description ?? null,
      quantity: line.quantity,
      unit_price: line.unitPrice,
      unit_cost: line.unitCost ?? product?.unit_cost ?? null,
    };
  });
}

async function checkParties(tx: Tx, workspaceId: string, input: OrderInput, errors: FieldError[]) {
  errors.push(
    ...(await brokenReferences(tx, workspaceId, [
      { kind: 'person', path: '/personId', id: input.personId },
      { kind: 'company', path: '/companyId', id: input.companyId },
    ])),
  );
  if (!input.personId && !input.companyId)
    errors.push({ path: '/personId', message: 'Say who ordered: a person or a company.' });
}

async function companyOf(tx: Tx, workspaceId: string, personId: string | null) {
  if (!personId) return null;
  const person = await tx
    .selectFrom('people')
    .select('company_id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', personId)
    .executeTakeFirst();
  return person?.company_id ?? null;
}

export async function listOrders(
  tx: Tx,
  workspaceId: string,
  filter: { personId?: string | undefined; companyId?: string | undefined },
  page: { limit: number; cursor: string | undefined },
) {
  let select = orderQuery(tx, workspaceId);
  if (filter.personId) select = select.where('o.person_id', '=', filter.personId);
  if (filter.companyId) select = select.where('o.company_id', '=', filter.companyId);
  return fetchPage(select, {
    ...page,
    sort: '-orderedAt',
    columns: { orderedAt: sql`o.ordered_at` },
    idColumn: 'o.id',
  });
}
