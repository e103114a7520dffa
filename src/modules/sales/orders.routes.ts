import { z } from 'zod';
import { PageQuery, pageOf } from '../../platform/http/pagination.ts';
import { created, defineRoute, ok } from '../../platform/http/route.ts';
import { Id, IdParams, iso, Name, Timestamp } from '../../platform/http/schemas.ts';
import { actorOf, can } from '../access/index.ts';
import { findOrder, listOrders, upsertOrder } from './orders.service.ts';
import { OrderSchema, presentOrder } from './sales.present.ts';

const Currency = z.string().regex(/^[A-Z]{3}$/, 'An ISO 4217 code such as EUR.');
const Money = z.number().min(0).max(1e13);

const upsert = defineRoute({
  method: 'post',
  path: '/orders',
  operationId: 'upsertOrder',
  summary: 'Record an order (idempotent by externalId)',
  description:
    'The first time an externalId is seen the order is created (201); later, it is replaced (200). It appears in the buyer’s history.',
  tag: 'Orders',
  allow: can('orders', 'create'),
  body: z
    .strictObject({
      externalId: z.string().trim().min(1).max(200),
      personId: Id.nullish(),
      companyId: Id.nullish(),
      orderedAt: Timestamp,
      currency: Currency,
      total: Money.optional(),
      status: z.enum(['placed', 'paid', 'fulfilled', 'cancelled', 'refunded']).optional(),
      lines: z
        .array(
          z.strictObject({
            productId: Id.optional(),
            sku: z.string().trim().min(1).max(100).optional(),
            description: z.string().max(500).optional(),
            quantity: z.number().positive().max(1e9),
            unitPrice: Money,
            unitCost: Money.optional(),
          }),
        )
        .min(1)
        .max(1000),
    })
    .meta({
      example: {
        externalId: 'shop-10042',
        personId: '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f',
        orderedAt: '2026-11-20T14:03:00Z',
        currency: 'EUR',
        lines: [{ sku: 'TSHIRT-M', quantity: 2, unitPrice: 19.9, unitCost: 6.5 }],
      },
    }),
  responses: {
    200: { description: 'Replaced.', schema: OrderSchema },
    201: { description: 'Created.', schema: OrderSchema },
  },
  async handler({ tx, principal, body }) {
    const { row, created: isNew } = await upsertOrder(tx, actorOf(principal), body);
    return isNew
      ? created(presentOrder(row), `/api/v1/orders/${row.id}`, row.version)
      : ok(presentOrder(row), row.version);
  },
});

const list = defineRoute({
  method: 'get',
  path: '/orders',
  operationId: 'listOrders',
  summary: 'List orders, newest first',
  tag: 'Orders',
  allow: can('orders', 'read'),
  query: PageQuery.extend({ personId: Id.optional(), companyId: Id.optional() }),
  responses: { 200: { description: 'A page of orders.', schema: pageOf(OrderSchema) } },
  async handler({ tx, principal, query }) {
    const { limit, cursor, ...filter } = query;
    const page = await listOrders(tx, principal.workspaceId, filter, { limit, cursor });
    return ok({ data: page.rows.map(presentOrder), nextCursor: page.nextCursor });
  },
});

const get = defineRoute({
  method: 'get',
  path: '/orders/{id}',
  operationId: 'getOrder',
  summary: 'Get an order with its lines and margin',
  tag: 'Orders',
  allow: can('orders', 'read'),
  params: IdParams,
  responses: { 200: { description: 'The order.', schema: OrderSchema } },
  async handler({ tx, principal, params }) {
    const row = await findOrder(tx, principal.workspaceId, params.id);
    return ok(presentOrder(row), row.version);
  },
});

const ProductSchema = z
  .object({
    id: Id,
    sku: z.string(),
    name: z.string(),
    category: z.string().nullable(),
    unitPrice: z.number(),
    unitCost: z.number().nullable(),
    currency: z.string(),
    active: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Product' });
type ProductRow = {
  id: string;
  sku: string;
  name: string;
  category: string | null;
  unit_price: string;
  unit_cost: string | null;
  currency: string;
  active: boolean;
  created_at: Date;
  updated_at: Date;
  version: number;
};
const presentProduct = (p: ProductRow): z.infer<typeof ProductSchema> => ({
  id: p.id,
  sku: p.sku,
  name: p.name,
  category: p.category,
  unitPrice: Number(p.unit_price),
  unitCost: p.unit_cost === null ? null : Number(p.unit_cost),
  currency: p.currency,
  active: p.active,
  createdAt: iso(p.created_at),
  updatedAt: iso(p.updated_at),
  version: p.version,
});

const products = defineRoute({
  method: 'get',
  path: '/products',
  operationId: 'listProducts',
  summary: 'List the product catalogue',
  tag: 'Orders',
  allow: can('products', 'read'),
  responses: {
    200: { description: 'Products by name.', schema: z.object({ data: z.array(ProductSchema) }) },
  },
  async handler({ tx, principal }) {
    const rows = await tx
      .selectFrom('products')
      .selectAll()
      .where('workspace_id', '=', principal.workspaceId)
      .orderBy('name')
      .limit(5000)
      .execute();
    return ok({ data: rows.map(presentProduct) });
  },
});

const newProduct = defineRoute({
  method: 'post',
  path: '/products',
  operationId: 'createProduct',
  summary: 'Add a product',
  tag: 'Orders',
  allow: can('products', 'create'),
  body: z
    .strictObject({
      sku: z.string().trim().min(1).max(100),
      name: Name,
      category: z.string().trim().max(200).optional(),
      unitPrice: Money,
      unitCost: Money.optional(),
      currency: Currency,
    })
    .meta({
      example: { sku: 'TSHIRT-M', name: 'T-shirt (M)', unitPrice: 19.9, unitCost: 6.5, currency: 'EUR' },
    }),
  responses: { 201: { description: 'Created.', schema: ProductSchema } },
  async handler({ tx, principal, body }) {
    const row = await tx
      .insertInto('products')
      .values({
        workspace_id: principal.workspaceId,
        sku: body.sku,
        name: body.name,
        category: body.category ?? null,
        unit_price: body.unitPrice,
        unit_cost: body.unitCost ?? null,
        currency: body.currency,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return created(presentProduct(row), `/api/v1/products/${row.id}`, row.version);
  },
});

export const orderRoutes = [upsert, list, get, products, newProduct];
