import type { FieldType, RecordField } from './record-fields';

/**
 * The filter builder's state and its translation to the API's filter language
 * (src/platform/query/filter.ts): conditions on fields inside groups that match all (and) or any (or)
 * of their children. Incomplete conditions (no field, no value yet) are left out of the API filter, so
 * the list follows the builder as the user types.
 */
export type ApiFilter = { and: ApiFilter[] } | { or: ApiFilter[] } | { not: ApiFilter } | ApiCondition;
export interface ApiCondition {
  field: string;
  op: Op;
  value?: unknown;
}

export type Op =
  | 'eq'
  | 'neq'
  | 'in'
  | 'notIn'
  | 'contains'
  | 'notContains'
  | 'startsWith'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'between'
  | 'hasAny'
  | 'hasAll'
  | 'hasNone'
  | 'isEmpty'
  | 'isNotEmpty';

export interface ConditionNode {
  kind: 'condition';
  id: string;
  field: string | null;
  op: Op;
  value: unknown;
}
export interface GroupNode {
  kind: 'group';
  id: string;
  match: 'and' | 'or';
  children: FilterNode[];
}
export type FilterNode = ConditionNode | GroupNode;

/** The operators the builder offers per type: the server's OPS_BY_TYPE, less `in` on ids (no multi-picker). */
export const OPS_BY_TYPE: Record<FieldType, readonly Op[]> = {
  text: ['contains', 'eq', 'neq', 'notContains', 'startsWith', 'in', 'notIn', 'isEmpty', 'isNotEmpty'],
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between', 'isEmpty', 'isNotEmpty'],
  date: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between', 'isEmpty', 'isNotEmpty'],
  datetime: ['gt', 'gte', 'lt', 'lte', 'between', 'isEmpty', 'isNotEmpty'],
  boolean: ['eq', 'neq', 'isEmpty', 'isNotEmpty'],
  enum: ['eq', 'neq', 'in', 'notIn', 'isEmpty', 'isNotEmpty'],
  array: ['hasAny', 'hasAll', 'hasNone', 'isEmpty', 'isNotEmpty'],
  id: ['eq', 'neq', 'isEmpty', 'isNotEmpty'],
};

export const OP_LABELS: Record<Op, string> = {
  eq: 'is',
  neq: 'is not',
  in: 'is any of',
  notIn: 'is none of',
  contains: 'contains',
  notContains: 'does not contain',
  startsWith: 'starts with',
  gt: 'is after / above',
  gte: 'is on or after / at least',
  lt: 'is before / below',
  lte: 'is on or before / at most',
  between: 'is between',
  hasAny: 'has any of',
  hasAll: 'has all of',
  hasNone: 'has none of',
  isEmpty: 'is empty',
  isNotEmpty: 'is not empty',
};

export type ValueShape = 'none' | 'single' | 'list' | 'range';

export function valueShapeOf(op: Op): ValueShape {
  if (op === 'isEmpty' || op === 'isNotEmpty') return 'none';
  if (op === 'in' || op === 'notIn' || op === 'hasAny' || op === 'hasAll' || op === 'hasNone') return 'list';
  if (op === 'between') return 'range';
  return 'single';
}

let lastId = 0;
export const nextNodeId = () => `node-${++lastId}`;

export const emptyGroup = (match: 'and' | 'or' = 'and'): GroupNode => ({
  kind: 'group',
  id: nextNodeId(),
  match,
  children: [],
});

export const emptyCondition = (): ConditionNode => ({
  kind: 'condition',
  id: nextNodeId(),
  field: null,
  op: 'eq',
  value: null,
});

/** A fresh condition on a field: its first operator, no value yet. */
export function conditionOn(field: RecordField, id = nextNodeId()): ConditionNode {
  return { kind: 'condition', id, field: field.key, op: OPS_BY_TYPE[field.type][0] ?? 'eq', value: null };
}

const filled = (value: unknown) =>
  value !== null &&
  value !== undefined &&
  value !== '' &&
  !(typeof value === 'number' && Number.isNaN(value));

/** Datetime fields are chosen by day: "after 3 May" means after the end of that day (UTC). */
function dayBound(day: unknown, end: boolean): string {
  return `${String(day).slice(0, 10)}T${end ? '23:59:59.999' : '00:00:00.000'}Z`;
}

function apiValue(op: Op, type: FieldType, value: unknown): { ok: boolean; value?: unknown } {
  switch (valueShapeOf(op)) {
    case 'none':
      return { ok: true };
    case 'list': {
      const list = Array.isArray(value) ? value.filter(filled) : [];
      return { ok: list.length > 0, value: list };
    }
    case 'range': {
      const [from, to] = Array.isArray(value) ? value : [];
      if (!filled(from) || !filled(to)) return { ok: false };
      return {
        ok: true,
        value: type === 'datetime' ? [dayBound(from, false), dayBound(to, true)] : [from, to],
      };
    }
    case 'single': {
      if (!filled(value)) return { ok: false };
      if (type !== 'datetime') return { ok: true, value };
      return { ok: true, value: dayBound(value, op === 'gt' || op === 'lte') };
    }
  }
}

/** The API filter for the builder's state, or null when nothing is complete enough to filter on. */
export function toApiFilter(node: FilterNode, fields: readonly RecordField[]): ApiFilter | null {
  if (node.kind === 'condition') {
    const field = fields.find((f) => f.key === node.field);
    if (!field || !OPS_BY_TYPE[field.type].includes(node.op)) return null;
    const value = apiValue(node.op, field.type, node.value);
    if (!value.ok) return null;
    return valueShapeOf(node.op) === 'none'
      ? { field: field.key, op: node.op }
      : { field: field.key, op: node.op, value: value.value };
  }
  const children = node.children
    .map((child) => toApiFilter(child, fields))
    .filter((child): child is ApiFilter => child !== null);
  if (children.length === 0) return null;
  return node.match === 'and' ? { and: children } : { or: children };
}

/** Back from a saved view's filter to the builder; a shape the builder cannot show yields null. */
export function fromApiFilter(filter: unknown): GroupNode | null {
  const node = nodeFrom(filter);
  if (!node) return null;
  return node.kind === 'group' ? node : { ...emptyGroup('and'), children: [node] };
}

function nodeFrom(filter: unknown): FilterNode | null {
  if (typeof filter !== 'object' || filter === null) return null;
  const shape = filter as Record<string, unknown>;
  for (const match of ['and', 'or'] as const) {
    const children = shape[match];
    if (Array.isArray(children)) {
      const nodes = children.map(nodeFrom);
      if (nodes.some((n) => n === null)) return null;
      return { kind: 'group', id: nextNodeId(), match, children: nodes as FilterNode[] };
    }
  }
  if (typeof shape.field === 'string' && typeof shape.op === 'string' && shape.op in OP_LABELS) {
    const op = shape.op as Op;
    const value = Array.isArray(shape.value)
      ? shape.value.map(dayOfTimestamp)
      : dayOfTimestamp(shape.value ?? null);
    return { kind: 'condition', id: nextNodeId(), field: shape.field, op, value };
  }
  return null;
}

/** The builder edits datetime bounds as days; a saved bound shows as its day. */
function dayOfTimestamp(value: unknown): unknown {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value;
}

/** Counts the conditions that take part in the filter, for the "Filter (2)" button. */
export function countConditions(filter: ApiFilter | null): number {
  if (!filter) return 0;
  if ('field' in filter) return 1;
  if ('not' in filter) return countConditions(filter.not);
  const children = 'and' in filter ? filter.and : filter.or;
  return children.reduce((sum, child) => sum + countConditions(child), 0);
}
