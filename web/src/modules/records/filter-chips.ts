import {
  type ApiCondition,
  emptyGroup,
  type FilterNode,
  type GroupNode,
  isOp,
  opLabel,
  toApiFilter,
  valueShapeOf,
} from './filter-model';
import type { FieldType, RecordField } from './record-fields';

type Referred = NonNullable<RecordField['refersTo']>;

/**
 * The name of a member, person or company an id field refers to: null while it is being looked up,
 * undefined when it cannot be found (a member gone, a record deleted or out of reach).
 */
export type IdNames = (refersTo: Referred, id: string) => string | null | undefined;

const NO_NAMES: IdNames = () => undefined;

/** What an id stands for when its name cannot be found: never the raw id. */
const UNNAMED: Record<Referred, string> = {
  user: 'a former member',
  people: 'a person',
  companies: 'a company',
};

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

export function filterChips(
  tree: GroupNode,
  fields: readonly RecordField[],
  names: IdNames = NO_NAMES,
): FilterChip[] {
  const active = tree.children.filter((child) => toApiFilter(child, fields) !== null);
  if (active.length === 0) return [];
  // A top level that matches any, or excludes, is one condition: removing a part would widen the rest.
  if (tree.negate || (tree.match === 'or' && active.length > 1)) {
    return [{ id: tree.id, words: nodeWords(tree, fields, names) }];
  }
  return active.map((child) => ({ id: child.id, words: nodeWords(child, fields, names) }));
}

/** The tree without the chip's node: the whole filter, when the chip stood for the top level. */
export function withoutChip(tree: GroupNode, id: string): GroupNode {
  if (tree.id === id) return emptyGroup();
  return { ...tree, children: tree.children.filter((child) => child.id !== id) };
}

function nodeWords(node: FilterNode, fields: readonly RecordField[], names: IdNames): string {
  if (node.kind !== 'group') return filterWords(toApiFilter(node, fields), fields, names);
  const parts = node.children
    .filter((child) => toApiFilter(child, fields) !== null)
    .map((child) => nodeWords(child, fields, names));
  const [only] = parts;
  if (parts.length === 1 && only !== undefined) return node.negate ? `Not: ${only}` : only;
  const listed = `${node.match === 'or' ? 'any' : 'all'} of: ${parts.join(' / ')}`;
  return node.negate ? `Not ${listed}` : capitalised(listed);
}

/**
 * An API filter in words: a condition as the builder would read it, anything else as written. The
 * one wording of the chips and of the builder's read-only rows, so the two never disagree.
 */
export function filterWords(
  filter: unknown,
  fields: readonly RecordField[],
  names: IdNames = NO_NAMES,
): string {
  if (!isCondition(filter)) return JSON.stringify(filter);
  const field = fields.find((f) => f.key === filter.field);
  const label = field?.label ?? filter.field;
  const { value } = filter;
  const op = opLabel(filter.op, field ?? { type: typeOfValue(value) });
  const shape = valueShapeOf(filter.op);
  if (shape === 'none') return `${label} ${op}`;
  const show = (value: unknown) => valueWords(value, field, names);
  const text =
    shape === 'range' && Array.isArray(value)
      ? `${show(value[0])} and ${show(value[1])}`
      : Array.isArray(value)
        ? value.map(show).join(', ')
        : show(value);
  return `${label} ${op} ${text}`;
}

/** An unknown field's type as far as its comparisons read: a bound written as a day is a date. */
function typeOfValue(value: unknown): FieldType {
  const [bound] = Array.isArray(value) ? value : [value];
  return typeof bound === 'string' && /^\d{4}-\d{2}-\d{2}/.test(bound) ? 'date' : 'number';
}

/**
 * A choice by its label ("France" for FR), a yes/no as such, a bound the builder set as its day, an
 * id by the name of what it refers to.
 */
function valueWords(value: unknown, field: RecordField | undefined, names: IdNames): string {
  if (field?.type === 'id' && field.refersTo && typeof value === 'string') {
    const name = names(field.refersTo, value);
    return name === null ? '…' : (name ?? UNNAMED[field.refersTo]);
  }
  const choice = field?.choices?.find((c) => c.value === value);
  if (choice) return choice.label;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value !== 'string') return JSON.stringify(value);
  return /^\d{4}-\d{2}-\d{2}T(00:00:00\.000|23:59:59\.999)Z$/.test(value) ? value.slice(0, 10) : value;
}

/** The ids an API filter compares id fields with, by what they refer to: the names its words need. */
export function referredIds(filter: unknown, fields: readonly RecordField[]): Record<Referred, string[]> {
  const ids: Record<Referred, Set<string>> = { user: new Set(), people: new Set(), companies: new Set() };
  const visit = (part: unknown): void => {
    if (typeof part !== 'object' || part === null) return;
    if (Array.isArray(part)) {
      for (const child of part) visit(child);
      return;
    }
    if (isCondition(part)) {
      const refersTo = fields.find((f) => f.key === part.field && f.type === 'id')?.refersTo;
      const values = Array.isArray(part.value) ? part.value : [part.value];
      for (const value of values) if (refersTo && typeof value === 'string') ids[refersTo].add(value);
      return;
    }
    const shape = part as Record<string, unknown>;
    for (const key of ['and', 'or', 'not'] as const) visit(shape[key]);
  };
  visit(filter);
  return { user: [...ids.user], people: [...ids.people], companies: [...ids.companies] };
}

function isCondition(filter: unknown): filter is ApiCondition {
  if (typeof filter !== 'object' || filter === null) return false;
  const shape = filter as Record<string, unknown>;
  return typeof shape.field === 'string' && typeof shape.op === 'string' && isOp(shape.op);
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
