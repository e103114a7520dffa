import type { FieldType } from './filter.ts';
import { type Filter, isCondition, positiveOf } from './filter.ts';

/**
 * The filter semantics in plain TypeScript, over plain records: the reference the SQL compiler is
 * checked against (property tests), and what in-memory features (automations on one record) can use.
 * `types` gives each field's type; `read` returns a field's value (null when missing).
 */
export function evaluate(
  filter: Filter,
  read: (field: string) => unknown,
  types: (field: string) => FieldType,
): boolean {
  if (isCondition(filter)) {
    const { positive, negated } = positiveOf(filter.op);
    const result = test(positive, types(filter.field), read(filter.field), filter.value);
    return negated ? !result : result;
  }
  if ('not' in filter) return !evaluate(filter.not, read, types);
  if ('and' in filter) return filter.and.every((f) => evaluate(f, read, types));
  return filter.or.some((f) => evaluate(f, read, types));
}

function test(op: string, type: FieldType, value: unknown, operand: unknown): boolean {
  if (op === 'isNotEmpty') {
    if (value === null || value === undefined) return false;
    if (type === 'text') return value !== '';
    if (type === 'array') return (value as unknown[]).length > 0;
    return true;
  }
  if (value === null || value === undefined) return false;
  const norm = (x: unknown) => (type === 'text' ? String(x).toLowerCase() : comparable(type, x));
  switch (op) {
    case 'eq':
      return norm(value) === norm(operand);
    case 'in':
      return (operand as unknown[]).some((o) => norm(o) === norm(value));
    case 'contains':
      return String(value).toLowerCase().includes(String(operand).toLowerCase());
    case 'startsWith':
      return String(value).toLowerCase().startsWith(String(operand).toLowerCase());
    case 'gt':
      return compare(type, value, operand) > 0;
    case 'gte':
      return compare(type, value, operand) >= 0;
    case 'lt':
      return compare(type, value, operand) < 0;
    case 'lte':
      return compare(type, value, operand) <= 0;
    case 'between': {
      const [low, high] = operand as [unknown, unknown];
      return compare(type, value, low) >= 0 && compare(type, value, high) <= 0;
    }
    case 'hasAny':
      return (operand as string[]).some((o) => (value as string[]).includes(o));
    case 'hasAll':
      return (operand as string[]).every((o) => (value as string[]).includes(o));
    default:
      throw new Error(`unknown operator ${op}`);
  }
}

function comparable(type: FieldType, x: unknown): unknown {
  if (type === 'datetime') return Date.parse(String(x));
  if (type === 'number') return Number(x);
  return x;
}

function compare(type: FieldType, a: unknown, b: unknown): number {
  const x = comparable(type, a) as number | string;
  const y = comparable(type, b) as number | string;
  return x < y ? -1 : x > y ? 1 : 0;
}
