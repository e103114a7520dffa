import {
  type ApiCondition,
  emptyGroup,
  type FilterNode,
  type GroupNode,
  OP_LABELS,
  toApiFilter,
  valueShapeOf,
} from './filter-model';
import type { RecordField } from './record-fields';

/**
 * The active filter in words, as chips under a list's toolbar ("Country is France", "Tags has any of
 * vip, eu", "Any of: … / …"): one chip per condition the list is filtered by at the top, so each can be
 * removed alone. Only what takes part in the filter shows (toApiFilter's view of the builder), a
 * condition shown read-only included: an incomplete condition filters nothing, so it is no chip.
 */
export interface FilterChip {
  /** The builder node the chip stands for, which removing it takes out. */
  id: string;
  words: string;
}

export function filterChips(tree: GroupNode, fields: readonly RecordField[]): FilterChip[] {
  const active = tree.children.filter((child) => toApiFilter(child, fields) !== null);
  if (active.length === 0) return [];
  // A top level that matches any, or excludes, is one condition: removing a part would widen the rest.
  if (tree.negate || (tree.match === 'or' && active.length > 1)) {
    return [{ id: tree.id, words: nodeWords(tree, fields) }];
  }
  return active.map((child) => ({ id: child.id, words: nodeWords(child, fields) }));
}

/** The tree without the chip's node: the whole filter, when the chip stood for the top level. */
export function withoutChip(tree: GroupNode, id: string): GroupNode {
  if (tree.id === id) return emptyGroup();
  return { ...tree, children: tree.children.filter((child) => child.id !== id) };
}

function nodeWords(node: FilterNode, fields: readonly RecordField[]): string {
  if (node.kind !== 'group') return filterWords(toApiFilter(node, fields), fields);
  const parts = node.children
    .filter((child) => toApiFilter(child, fields) !== null)
    .map((child) => nodeWords(child, fields));
  const [only] = parts;
  if (parts.length === 1 && only !== undefined) return node.negate ? `Not: ${only}` : only;
  const listed = `${node.match === 'or' ? 'any' : 'all'} of: ${parts.join(' / ')}`;
  return node.negate ? `Not ${listed}` : capitalised(listed);
}

/** An API filter in words: a condition as the builder would read it, anything else as written. */
export function filterWords(filter: unknown, fields: readonly RecordField[]): string {
  if (!isCondition(filter)) return JSON.stringify(filter);
  const field = fields.find((f) => f.key === filter.field);
  const label = field?.label ?? filter.field;
  const op = OP_LABELS[filter.op];
  const shape = valueShapeOf(filter.op);
  if (shape === 'none') return `${label} ${op}`;
  const show = (value: unknown) => valueWords(value, field);
  const { value } = filter;
  const text =
    shape === 'range' && Array.isArray(value)
      ? `${show(value[0])} and ${show(value[1])}`
      : Array.isArray(value)
        ? value.map(show).join(', ')
        : show(value);
  return `${label} ${op} ${text}`;
}

/** A choice by its label ("France" for FR), a yes/no as such, a bound the builder set as its day. */
function valueWords(value: unknown, field: RecordField | undefined): string {
  const choice = field?.choices?.find((c) => c.value === value);
  if (choice) return choice.label;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value !== 'string') return JSON.stringify(value);
  return /^\d{4}-\d{2}-\d{2}T(00:00:00\.000|23:59:59\.999)Z$/.test(value) ? value.slice(0, 10) : value;
}

function isCondition(filter: unknown): filter is ApiCondition {
  if (typeof filter !== 'object' || filter === null) return false;
  const shape = filter as Record<string, unknown>;
  return (
    typeof shape.field === 'string' && typeof shape.op === 'string' && Object.hasOwn(OP_LABELS, shape.op)
  );
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
