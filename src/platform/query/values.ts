import { isCalendarDate, isIsoDateTime } from '../dates.ts';
import { isUuid } from '../uuid.ts';
import type { FieldDef } from './fields.ts';
import type { PositiveOp } from './filter.ts';

const MAX_LIST = 500;

/** Why a value does not fit the field and operator, or undefined when it does. */
export function checkValue(field: FieldDef, op: PositiveOp, value: unknown): string | undefined {
  switch (op) {
    case 'isNotEmpty':
      return value === undefined ? undefined : 'This operator takes no value.';
    case 'in':
    case 'hasAny':
    case 'hasAll': {
      if (!Array.isArray(value) || value.length === 0 || value.length > MAX_LIST) {
        return `Give a list of 1 to ${MAX_LIST} values.`;
      }
      const itemType = field.type === 'array' ? 'text' : field.type;
      for (const item of value) {
        const problem = scalarProblem({ ...field, type: itemType }, item);
        if (problem) return problem;
      }
      return undefined;
    }
    case 'between': {
      if (!Array.isArray(value) || value.length !== 2) return 'Give [from, to].';
      return scalarProblem(field, value[0]) ?? scalarProblem(field, value[1]);
    }
    case 'contains':
    case 'startsWith':
      return typeof value === 'string' && value.length > 0 && value.length <= 500
        ? undefined
        : 'Give some text.';
    default:
      return scalarProblem(field, value);
  }
}

/** The value in the form the field stores, for the operators that compare whole values. */
export function storedForm(field: Pick<FieldDef, 'normalise'>, op: PositiveOp, value: unknown): unknown {
  const normalise = field.normalise;
  if (!normalise) return value;
  const one = (item: unknown) => (typeof item === 'string' ? normalise(item) : item);
  if (op === 'eq') return one(value);
  if ((op === 'in' || op === 'hasAny' || op === 'hasAll') && Array.isArray(value)) return value.map(one);
  return value;
}

/** The forms a fragment (contains, startsWith) is looked for in: as typed, then the field's others. */
export function fragmentsOf(field: Pick<FieldDef, 'fragments'>, fragment: string): string[] {
  return [...new Set([fragment, ...(field.fragments?.(fragment) ?? [])])];
}

function scalarProblem(field: Pick<FieldDef, 'type' | 'values'>, value: unknown): string | undefined {
  switch (field.type) {
    case 'text':
      return typeof value === 'string' && value.length <= 500 ? undefined : 'Give some text.';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'Give a number.';
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? undefined : 'Give a date as YYYY-MM-DD.';
    case 'datetime':
      return typeof value === 'string' && isIsoDateTime(value, 'optional')
        ? undefined
        : 'Give a date and time in ISO 8601.';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'Give true or false.';
    case 'enum':
      return typeof value === 'string' && (field.values ?? []).includes(value)
        ? undefined
        : `Give one of ${(field.values ?? []).join(', ')}.`;
    case 'id':
      return typeof value === 'string' && isUuid(value) ? undefined : 'Give a record id.';
    case 'array':
      return typeof value === 'string' ? undefined : 'Give some text.';
  }
}
