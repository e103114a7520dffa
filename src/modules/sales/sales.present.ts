import { z } from 'zod';
import { Id, iso, Timestamp } from '../../platform/http/schemas.ts';
import type { DealRow } from './deals.service.ts';
import type { OrderRow } from './orders.service.ts';

export const StageSchema = z.object({
  id: Id,
  name: z.string(),
  position: z.number().int(),
  probability: z.number(),
  outcome: z.enum(['open', 'won', 'lost']),
});
export const PipelineSchema = z
  .object({ id: Id, name: z.string(), stages: z.array(StageSchema) })
  .meta({ id: 'Pipeline' });

export const DealSchema = z
  .object({
    id: Id,
    name: z.string(),
    amount: z.number(),
    currency: z.string(),
    pipelineId: Id,
    stageId: Id,
    stage: z.object({ name: z.string(), probability: z.number() }),
    status: z.enum(['open', 'won', 'lost']),
    closeDate: z.string().nullable(),
    companyId: Id.nullable(),
    personIds: z.array(Id),
    ownerId: Id.nullable(),
    closedAt: Timestamp.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Deal' });

export function presentDeal(row: DealRow): z.infer<typeof DealSchema> {
  return {
    id: row.id,
    name: row.name,
    amount: Number(row.amount),
    currency: row.currency,
    pipelineId: row.pipeline_id,
    stageId: row.stage_id,
    stage: { name: row.stage_name, probability: Number(row.probability) },
    status: row.status,
    closeDate: row.close_date,
    companyId: row.company_id,
    personIds: row.person_ids,
    ownerId: row.owner_id,
    closedAt: row.closed_at ? iso(row.closed_at) : null,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}

export const OrderSchema = z
  .object({
    id: Id,
    externalId: z.string(),
    personId: Id.nullable(),
    companyId: Id.nullable(),
    orderedAt: Timestamp,
    currency: z.string(),
    total: z.number(),
    status: z.string(),
    lines: z.array(
      z.object({
        lineNo: z.number().int(),
        productId: Id.nullable(),
        sku: z.string().nullable(),
        description: z.string().nullable(),
        quantity: z.number(),
        unitPrice: z.number(),
        unitCost: z.number().nullable(),
      }),
    ),
    margin: z
      .number()
      .nullable()
      .meta({ description: 'Total minus the cost of the lines, when every line has a cost.' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Order' });

export function presentOrder(row: OrderRow): z.infer<typeof OrderSchema> {
  const lines = row.lines.map((l) => ({
    lineNo: l.lineNo,
    productId: l.productId,
    sku: l.sku,
    description: l.description,
    quantity: Number(l.quantity),
    unitPrice: Number(l.unitPrice),
    unitCost: l.unitCost === null ? null : Number(l.unitCost),
  }));
  const costed = lines.every((l) => l.unitCost !== null);
  const cost = lines.reduce((sum, l) => sum + Math.round(l.quantity * (l.unitCost ?? 0) * 100), 0) / 100;
  return {
    id: row.id,
    externalId: row.external_id,
    personId: row.person_id,
    companyId: row.company_id,
    orderedAt: iso(row.ordered_at),
    currency: row.currency,
    total: Number(row.total),
    status: row.status,
    lines,
    margin: costed && lines.length ? Math.round((Number(row.total) - cost) * 100) / 100 : null,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}
