import type { FieldDef } from './fields.ts';
import type { FieldType, PositiveOp } from './filter.ts';
import { type Filter, isCondition, positiveOf } from './filter.ts';
import { fragmentsOf, storedForm } from './values.ts';

type Forms = Pick<FieldDef, 'normalise' | 'fragments'>;

/**
 * The filter semantics in plain TypeScript, over plain records: the reference the SQL compiler is
 * checked against (property tests), and what in-memory features (automations on one record) can use.
 * `types` gives each field's type; `read` returns a field's value (null when missing); `forms` how a
 * field puts typed values in stored form (FieldDef's normalise and fragments), if it does.
 */
export function evaluate(
  filter: Filter,
  read: (field: string) => unknown,
  types: (field: string) => FieldType,
  forms: (field: string) => Forms | undefined = () => undefined,
): boolean {
  if (isCondition(filter)) {
    const { positive, negated } = positiveOf(filter.op);
    const field = forms(filter.field) ?? {};
    const operand = storedForm(field, positive, filter.value);
    const result = test(positive, types(filter.field), read(filter.field), operand, field);
    return negated ? !result : result;
  }
  if ('not' in filter) return !evaluate(filter.not, read, types, forms);
  if ('and' in filter) return filter.and.every((f) => evaluate(f, read, types, forms));
  return filter.or.some((f) => evaluate(f, read, types, forms));
}

function test(op: PositiveOp, type: FieldType, value: unknown, operand: unknown, field: Forms): boolean {
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
      return fragmentsOf(field, String(operand)).some((f) =>
        String(value).toLowerCase().includes(f.toLowerCase()),
      );
    case 'startsWith':
      return fragmentsOf(field, String(operand)).some((f) =>
        String(value).toLowerCase().startsWith(f.toLowerCase()),
      );
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
