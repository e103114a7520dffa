import { type Expression, type SelectQueryBuilder, sql } from 'kysely';
import { z } from 'zod';
import type { Tx } from '../db/transaction.ts';

/** Up to this many matches a list's count is exact; beyond, the planner's estimate. */
export const EXACT_UP_TO = 10_000;

export const CountSchema = z
  .object({
    count: z.number().int(),
    accuracy: z.enum(['exact', 'estimate', 'atLeast']).meta({
      description:
        '`exact` up to 10,000 matches; past that, `estimate` (the database planner’s, for "about 1.2M"), or `atLeast` when the planner expected fewer than were found.',
    }),
  })
  .meta({ id: 'ListCount' });
export type ListCount = z.infer<typeof CountSchema>;

/**
 * How many records a list's query matches, without reading a million of them: the planner's estimate
 * first (free), then, when it is small enough to be worth it, a count that stops after EXACT_UP_TO + 1
 * matches. A count costs at most what reading that many ids along an index costs; a total past it is
 * only ever "about".
 */
export async function countMatching<DB, TB extends keyof DB, O>(
  tx: Tx,
  query: SelectQueryBuilder<DB, TB, O>,
): Promise<ListCount> {
  const matches = query.clearSelect().clearOrderBy().select(sql<number>`1`.as('one'));
  const estimate = await plannedRows(tx, matches);
  if (estimate > EXACT_UP_TO * 2) return { count: estimate, accuracy: 'estimate' };
  const capped = await tx
    .selectFrom(matches.limit(EXACT_UP_TO + 1).as('m'))
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  const found = Number(capped.n);
  if (found <= EXACT_UP_TO) return { count: found, accuracy: 'exact' };
  return estimate > found
    ? { count: estimate, accuracy: 'estimate' }
    : { count: EXACT_UP_TO, accuracy: 'atLeast' };
}

async function plannedRows(tx: Tx, query: Expression<unknown>): Promise<number> {
  type Plan = [{ Plan: { 'Plan Rows': number } }];
  const explained = await sql<{ 'QUERY PLAN': Plan | string }>`EXPLAIN (FORMAT JSON) ${query}`.execute(tx);
  const raw = explained.rows[0]?.['QUERY PLAN'];
  const plan = typeof raw === 'string' ? (JSON.parse(raw) as Plan) : raw;
  return Math.round(plan?.[0]?.Plan['Plan Rows'] ?? 0);
}
