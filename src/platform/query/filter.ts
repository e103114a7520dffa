import { z } from 'zod';

/**
 * The filter language shared by list views, the API (`?filter=`), exports and bulk actions:
 * conditions on fields combined with and / or / not, as JSON.
 *
 *   {"and": [{"field": "lifecycleStage", "op": "in", "value": ["lead", "qualified"]},
 *            {"or": [{"field": "company.industry", "op": "eq", "value": "Retail"},
 *                    {"field": "tags", "op": "hasAny", "value": ["vip"]}]}]}
 *
 * Semantics, the same in SQL (compile.ts) and in the reference evaluator (evaluate.ts): every operator
 * is a positive test or the negation of one. A positive test on a missing value is false, so a
 * negation includes records where the value is missing ("industry is not Retail" includes people
 * without an industry). Text comparisons ignore case. A field may say how typed values become the
 * form it stores (fields.ts: `normalise`, `fragments`), so "jörg@müller.de" finds its A-label form.
 */
export const POSITIVE_OPS = [
  'eq',
  'in',
  'contains',
  'startsWith',
  'gt',
  'gte',
  'lt',
  'lte',
  'between',
  'hasAny',
  'hasAll',
  'isNotEmpty',
] as const;
export const NEGATED_OPS = {
  neq: 'eq',
  notIn: 'in',
  notContains: 'contains',
  hasNone: 'hasAny',
  isEmpty: 'isNotEmpty',
} as const;
export type PositiveOp = (typeof POSITIVE_OPS)[number];
export type NegatedOp = keyof typeof NEGATED_OPS;
export type Op = PositiveOp | NegatedOp;
export const OPS = [...POSITIVE_OPS, ...(Object.keys(NEGATED_OPS) as NegatedOp[])] as [Op, ...Op[]];

export type FieldType = 'text' | 'number' | 'date' | 'datetime' | 'boolean' | 'enum' | 'array' | 'id';

/** Which operators make sense for which type of field. */
export const OPS_BY_TYPE: Record<FieldType, readonly Op[]> = {
  text: ['eq', 'neq', 'in', 'notIn', 'contains', 'notContains', 'startsWith', 'isEmpty', 'isNotEmpty'],
  number: ['eq', 'neq', 'in', 'notIn', 'gt', 'gte', 'lt', 'lte', 'between', 'isEmpty', 'isNotEmpty'],
  date: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between', 'isEmpty', 'isNotEmpty'],
  datetime: ['gt', 'gte', 'lt', 'lte', 'between', 'isEmpty', 'isNotEmpty'],
  boolean: ['eq', 'neq', 'isEmpty', 'isNotEmpty'],
  enum: ['eq', 'neq', 'in', 'notIn', 'isEmpty', 'isNotEmpty'],
  array: ['hasAny', 'hasAll', 'hasNone', 'isEmpty', 'isNotEmpty'],
  id: ['eq', 'neq', 'in', 'notIn', 'isEmpty', 'isNotEmpty'],
};

export interface Condition {
  field: string;
  op: Op;
  value?: unknown;
}
export type Filter = { and: Filter[] } | { or: Filter[] } | { not: Filter } | Condition;

export const MAX_CONDITIONS = 50;
export const MAX_DEPTH = 6;

const ConditionSchema = z.strictObject({
  field: z.string().min(1).max(120),
  op: z.enum(OPS),
  value: z.unknown().optional(),
});

export const FilterSchema: z.ZodType<Filter> = z.lazy(() =>
  z.union([
    z.strictObject({ and: z.array(FilterSchema).min(1).max(MAX_CONDITIONS) }),
    z.strictObject({ or: z.array(FilterSchema).min(1).max(MAX_CONDITIONS) }),
    z.strictObject({ not: FilterSchema }),
    ConditionSchema,
  ]),
) as z.ZodType<Filter>;

export function isCondition(filter: Filter): filter is Condition {
  return 'field' in filter;
}

/** Counts conditions and depth, so one request cannot ask for an unbounded query. */
export function measure(filter: Filter, depth = 1): { conditions: number; depth: number } {
  if (isCondition(filter)) return { conditions: 1, depth };
  const children = 'and' in filter ? filter.and : 'or' in filter ? filter.or : [filter.not];
  return children.reduce(
    (acc, child) => {
      const m = measure(child, depth + 1);
      return { conditions: acc.conditions + m.conditions, depth: Math.max(acc.depth, m.depth) };
    },
    { conditions: 0, depth },
  );
}

export function positiveOf(op: Op): { positive: PositiveOp; negated: boolean } {
  if (op in NEGATED_OPS) return { positive: NEGATED_OPS[op as NegatedOp], negated: true };
  return { positive: op as PositiveOp, negated: false };
}

/**
 * The tags every match must carry, split off the rest of the filter: conditions on `field` that take
 * all of their values (`hasAll`, or `hasAny` of one), reached from the top through `and` alone. The
 * filter accepts exactly what carries every tag and passes `rest` (none: nothing else to pass), so
 * each tag can be planned on its own (tags.ts). Under `or` or `not` a tag is not required: kept.
 */
export function splitRequiredTags(
  filter: Filter,
  field: string,
): { tags: string[]; rest: Filter | undefined } {
  const tags = new Set<string>();
  const rest = withoutRequiredTags(filter, field, tags);
  return { tags: [...tags], rest };
}

function withoutRequiredTags(node: Filter, field: string, tags: Set<string>): Filter | undefined {
  if (isCondition(node)) {
    const required = requiredTagsOf(node, field);
    for (const tag of required ?? []) tags.add(tag);
    return required ? undefined : node;
  }
  if (!('and' in node)) return node;
  const kept = node.and.flatMap((child) => withoutRequiredTags(child, field, tags) ?? []);
  return kept.length > 0 ? { and: kept } : undefined;
}

function requiredTagsOf(condition: Condition, field: string): string[] | undefined {
  const { field: name, op, value } = condition;
  if (name !== field || !Array.isArray(value) || !value.every((v) => typeof v === 'string')) return undefined;
  if ((op === 'hasAll' && value.length > 0) || (op === 'hasAny' && value.length === 1)) return value;
  return undefined;
}
