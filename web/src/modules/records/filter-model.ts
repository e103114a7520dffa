import type { FieldType, RecordField } from './record-fields';

/**
 * The filter builder's state and its translation to the API's filter language
 * (src/platform/query/filter.ts): conditions on fields inside groups that match all (and) or any (or)
 * of their children, a group perhaps negated (not). Incomplete conditions (no field, no value yet) are
 * left out of the API filter, so the list follows the builder as the user types.
 *
 * Every filter the API accepts opens in the builder and is written back with the same meaning: what
 * the builder cannot edit exactly (a time of day on a datetime, an operator it does not offer, a field
 * it does not know) keeps its original and is shown read-only.
 */
export type ApiFilter = { and: ApiFilter[] } | { or: ApiFilter[] } | { not: ApiFilter } | ApiCondition;
export interface ApiCondition {
  field: string;
  op: Op;
  value?: unknown;
}

/** The server's MAX_DEPTH: a `not` counts as a level of its own. */
export const MAX_FILTER_DEPTH = 6;

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
  /** The condition as a saved filter held it: written back unchanged until the condition is edited. */
  original?: ApiCondition;
}
export interface GroupNode {
  kind: 'group';
  id: string;
  match: 'and' | 'or';
  /** Excludes what the group matches: `{"not": {"and": […]}}`. */
  negate: boolean;
  children: FilterNode[];
}
/** A part of a saved filter the builder cannot read at all: kept, shown and removable, never edited. */
export interface FixedNode {
  kind: 'fixed';
  id: string;
  filter: unknown;
}
export type FilterNode = ConditionNode | GroupNode | FixedNode;

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

const OP_LABELS: Record<Op, string> = {
  eq: 'is',
  neq: 'is not',
  in: 'is any of',
  notIn: 'is none of',
  contains: 'contains',
  notContains: 'does not contain',
  startsWith: 'starts with',
  gt: 'is greater than',
  gte: 'is at least',
  lt: 'is less than',
  lte: 'is at most',
  between: 'is between',
  hasAny: 'has any of',
  hasAll: 'has all of',
  hasNone: 'has none of',
  isEmpty: 'is empty',
  isNotEmpty: 'is not empty',
};

/** A date is not "greater than" another: it comes after it. */
const DATE_COMPARISONS: Partial<Record<Op, string>> = {
  gt: 'is after',
  gte: 'is on or after',
  lt: 'is before',
  lte: 'is on or before',
};

/**
 * The operator in words for a field of this type: comparisons read one way on numbers, another on
 * dates; "is empty" as the field says it, when it does.
 */
export function opLabel(op: Op, field: Pick<RecordField, 'type' | 'emptyWords'>): string {
  if ((op === 'isEmpty' || op === 'isNotEmpty') && field.emptyWords) return field.emptyWords[op];
  const onDates = field.type === 'date' || field.type === 'datetime';
  return (onDates ? DATE_COMPARISONS[op] : undefined) ?? OP_LABELS[op];
}

export const isOp = (op: string): op is Op => Object.hasOwn(OP_LABELS, op);

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
  negate: false,
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
  if (node.kind === 'fixed') return node.filter as ApiFilter;
  if (node.kind === 'condition') return isPristine(node) ? tidy(node.original) : builtCondition(node, fields);
  const children = node.children
    .map((child) => toApiFilter(child, fields))
    .filter((child): child is ApiFilter => child !== null);
  const [only] = children;
  if (!only) return null;
  const combined = node.match === 'and' ? { and: children } : { or: children };
  if (!node.negate) return combined;
  // `not` of one child skips the groups of one around it, as opening `{"not": …}` does: what is
  // written opens as it was built, no deeper, and reads as unchanged.
  return { not: children.length === 1 ? withoutSingleGroups(only) : combined };
}

function withoutSingleGroups(filter: ApiFilter): ApiFilter {
  if (typeof filter !== 'object' || filter === null) return filter;
  const children = 'and' in filter ? filter.and : 'or' in filter ? filter.or : null;
  const only = Array.isArray(children) && children.length === 1 ? children[0] : undefined;
  return only ? withoutSingleGroups(only) : filter;
}

function builtCondition(node: ConditionNode, fields: readonly RecordField[]): ApiCondition | null {
  const field = fields.find((f) => f.key === node.field);
  if (!field || !OPS_BY_TYPE[field.type].includes(node.op)) return null;
  const value = apiValue(node.op, field.type, node.value);
  if (!value.ok) return null;
  return valueShapeOf(node.op) === 'none'
    ? { field: field.key, op: node.op }
    : { field: field.key, op: node.op, value: value.value };
}

/** Keys in the builder's order, whatever order jsonb gave them back in. */
const tidy = ({ field, op, value }: ApiCondition): ApiCondition =>
  value === undefined ? { field, op } : { field, op, value };

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Opened from a saved filter and not edited since. */
function isPristine(node: ConditionNode): node is ConditionNode & { original: ApiCondition } {
  if (!node.original) return false;
  const opened = conditionFrom(node.original);
  return sameJson([node.field, node.op, node.value], [opened.field, opened.op, opened.value]);
}

/**
 * Can the builder's inputs show this condition as it is? Not when its field is unknown (a custom
 * field not loaded, or gone), its operator is not offered, or its value would be written back
 * otherwise (a datetime with a time of day): such a condition is shown read-only.
 */
export function isEditable(node: ConditionNode, fields: readonly RecordField[]): boolean {
  if (!isPristine(node)) return true;
  return sameJson(builtCondition(node, fields), tidy(node.original));
}

/** Back from a saved view's filter to the builder; an empty or missing filter yields null. */
export function fromApiFilter(filter: unknown): GroupNode | null {
  if (filter === null || filter === undefined) return null;
  const node = nodeFrom(filter);
  return node.kind === 'group' ? node : { ...emptyGroup('and'), children: [node] };
}

function nodeFrom(filter: unknown): FilterNode {
  const fixed: FixedNode = { kind: 'fixed', id: nextNodeId(), filter };
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) return fixed;
  const shape = filter as Record<string, unknown>;
  const keys = Object.keys(shape);
  for (const match of ['and', 'or'] as const) {
    const children = shape[match];
    if (keys.length === 1 && Array.isArray(children) && children.length > 0) {
      return { ...emptyGroup(match), children: children.map(nodeFrom) };
    }
  }
  if (keys.length === 1 && 'not' in shape) {
    const inner = nodeFrom(shape.not);
    if (inner.kind === 'group' && !inner.negate) return { ...inner, negate: true };
    return { ...emptyGroup('and'), negate: true, children: [inner] };
  }
  if (isApiCondition(shape)) {
    return { ...conditionFrom(shape), kind: 'condition', id: nextNodeId(), original: tidy(shape) };
  }
  return fixed;
}

function isApiCondition(shape: Record<string, unknown>): shape is Record<string, unknown> & ApiCondition {
  return (
    typeof shape.field === 'string' &&
    typeof shape.op === 'string' &&
    isOp(shape.op) &&
    Object.keys(shape).every((key) => key === 'field' || key === 'op' || key === 'value')
  );
}

function conditionFrom({ field, op, value }: ApiCondition): Pick<ConditionNode, 'field' | 'op' | 'value'> {
  return {
    field,
    op,
    value: Array.isArray(value) ? value.map(dayOfTimestamp) : dayOfTimestamp(value ?? null),
  };
}

/** The builder edits datetime bounds as days; a saved bound shows as its day. */
function dayOfTimestamp(value: unknown): unknown {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value;
}

/**
 * How many levels of the API filter a node takes (conditions 1, groups 1, a negated group of more than
 * one child 2), counting incomplete conditions: the builder offers only changes that stay within
 * MAX_FILTER_DEPTH.
 */
export function depthOf(node: FilterNode): number {
  if (node.kind === 'condition') return 1;
  if (node.kind === 'fixed') return rawDepth(node.filter);
  return levelsOf(node) + Math.max(0, ...node.children.map(depthOf));
}

/** The levels a group itself takes: `{"not": {"or": […]}}` two, `{"or": […]}` or `{"not": child}` one. */
export const levelsOf = (group: GroupNode) => (group.negate && group.children.length > 1 ? 2 : 1);

function rawDepth(filter: unknown): number {
  if (typeof filter !== 'object' || filter === null) return 1;
  const children = Object.values(filter).flatMap((v) => (Array.isArray(v) ? v : [v]));
  const nested = children.filter((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
  return 1 + Math.max(0, ...nested.map(rawDepth));
}

/** Counts the conditions that take part in the filter, for the "Filter (2)" button. */
export function countConditions(filter: ApiFilter | null): number {
  if (!filter) return 0;
  if (typeof filter !== 'object') return 1;
  if ('not' in filter) return countConditions(filter.not);
  if ('and' in filter && Array.isArray(filter.and)) return sum(filter.and.map(countConditions));
  if ('or' in filter && Array.isArray(filter.or)) return sum(filter.or.map(countConditions));
  return 1;
}

const sum = (counts: number[]) => counts.reduce((total, n) => total + n, 0);

/** The fields a filter's conditions name, each once, wherever they stand in it. */
export function fieldsOf(filter: unknown): string[] {
  const named = new Set<string>();
  const visit = (part: unknown): void => {
    if (typeof part !== 'object' || part === null) return;
    if (Array.isArray(part)) {
      for (const item of part) visit(item);
      return;
    }
    const shape = part as Record<string, unknown>;
    if (typeof shape.field === 'string') named.add(shape.field);
    for (const key of ['and', 'or', 'not']) if (key in shape) visit(shape[key]);
  };
  visit(filter);
  return [...named];
}

/** The builder's tree without the conditions on these fields; a group they leave empty goes with them. */
export function withoutFields(group: GroupNode, gone: ReadonlySet<string>): GroupNode {
  const children = group.children.flatMap((child): FilterNode[] => {
    if (child.kind === 'condition') return child.field !== null && gone.has(child.field) ? [] : [child];
    if (child.kind === 'fixed') return fieldsOf(child.filter).some((field) => gone.has(field)) ? [] : [child];
    const kept = withoutFields(child, gone);
    return kept.children.length > 0 ? [kept] : [];
  });
  return { ...group, children };
}
