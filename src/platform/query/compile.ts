import { type RawBuilder, sql } from 'kysely';
import { AppError, type FieldError } from '../errors.ts';
import type { FieldDef, FieldMap } from './fields.ts';
import {
  type Condition,
  type Filter,
  isCondition,
  MAX_CONDITIONS,
  MAX_DEPTH,
  measure,
  OPS_BY_TYPE,
  type PositiveOp,
  positiveOf,
} from './filter.ts';
import { checkValue, fragmentsOf, storedForm } from './values.ts';

type Bool = RawBuilder<boolean>;

/**
 * Compiles a filter to a SQL condition over the given fields. Every value travels as a parameter;
 * field expressions come from the field map, never from the request. Errors name the JSON pointer of
 * the offending part (`/filter/and/1/value`), all at once.
 */
export function compileFilter(filter: Filter, fields: FieldMap, pointer = '/filter'): Bool {
  const size = measure(filter);
  if (size.conditions > MAX_CONDITIONS || size.depth > MAX_DEPTH) {
    throw new AppError('validation_failed', 'The filter is too large.', {
      errors: [{ path: pointer, message: `At most ${MAX_CONDITIONS} conditions, nested ${MAX_DEPTH} deep.` }],
    });
  }
  const errors: FieldError[] = [];
  const compiled = compileNode(filter, fields, pointer, errors);
  if (errors.length > 0) throw new AppError('validation_failed', 'The filter is not valid.', { errors });
  return compiled;
}

function compileNode(node: Filter, fields: FieldMap, pointer: string, errors: FieldError[]): Bool {
  if (isCondition(node)) return compileCondition(node, fields, pointer, errors);
  if ('not' in node)
    return sql<boolean>`(NOT coalesce(${compileNode(node.not, fields, `${pointer}/not`, errors)}, false))`;
  const [key, children] = 'and' in node ? (['and', node.and] as const) : (['or', node.or] as const);
  const parts = children.map((child, i) => compileNode(child, fields, `${pointer}/${key}/${i}`, errors));
  return sql<boolean>`(${sql.join(parts, key === 'and' ? sql` AND ` : sql` OR `)})`;
}

function compileCondition(
  condition: Condition,
  fields: FieldMap,
  pointer: string,
  errors: FieldError[],
): Bool {
  const field = fields.get(condition.field);
  if (!field) {
    errors.push({ path: `${pointer}/field`, message: `Unknown field "${condition.field}".` });
    return sql<boolean>`false`;
  }
  if (!OPS_BY_TYPE[field.type].includes(condition.op)) {
    errors.push({
      path: `${pointer}/op`,
      message: `"${condition.op}" does not apply to ${field.label}; use one of ${OPS_BY_TYPE[field.type].join(', ')}.`,
    });
    return sql<boolean>`false`;
  }
  const { positive, negated } = positiveOf(condition.op);
  const problem = checkValue(field, positive, condition.value);
  if (problem) {
    // Named, as the pointer alone does not say which of a saved view's conditions it is.
    const named = `${field.label}: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}`;
    errors.push({ path: `${pointer}/value`, message: named });
    return sql<boolean>`false`;
  }
  const value = storedForm(field, positive, condition.value);
  const test = field.via
    ? related(field, positive, value)
    : (field.indexed?.(positive, value) ?? predicate(field, field.sql, positive, value));
  return negated ? sql<boolean>`(NOT coalesce(${test}, false))` : test;
}

// A test on a related record's field: the foreign key points at a live related row that passes it.
function related(field: FieldDef, op: PositiveOp, value: unknown): Bool {
  const via = field.via;
  if (!via) throw new Error('unreachable');
  const alias = sql.id(via.alias);
  const live = via.softDeleted ? sql` AND ${alias}.deleted_at IS NULL` : sql``;
  const key = via.key ?? sql`${alias}.id`;
  return sql<boolean>`(${via.foreignKey} IN (SELECT ${key} FROM ${sql.table(via.table)} ${alias}
    WHERE ${alias}.workspace_id = rapport_workspace_id()${live}
      AND ${field.indexed?.(op, value) ?? predicate(field, field.sql, op, value)}))`;
}

function predicate(field: FieldDef, v: RawBuilder<unknown>, op: PositiveOp, value: unknown): Bool {
  const cast = CASTS[field.type];
  switch (op) {
    case 'isNotEmpty':
      if (field.type === 'text') return sql<boolean>`(${v} IS NOT NULL AND ${v} <> '')`;
      if (field.type === 'array') return sql<boolean>`(coalesce(cardinality(${v}), 0) > 0)`;
      return sql<boolean>`(${v} IS NOT NULL)`;
    case 'eq':
      if (field.type === 'text') return sql<boolean>`(lower(${v}) = lower(${value}))`;
      return sql<boolean>`(${v} = ${value}${sql.raw(cast)})`;
    case 'in': {
      const list = value as unknown[];
      if (field.type === 'text')
        return sql<boolean>`(lower(${v}) = ANY(${list.map((x) => String(x).toLowerCase())}::text[]))`;
      return sql<boolean>`(${v} = ANY(${list}${sql.raw(`${cast}[]`)}))`;
    }
    case 'contains':
      return anyLike(v, fragmentsOf(field, String(value)), (f) => `%${escapeLike(f)}%`);
    case 'startsWith':
      return anyLike(v, fragmentsOf(field, String(value)), (f) => `${escapeLike(f)}%`);
    case 'gt':
      return sql<boolean>`(${v} > ${value}${sql.raw(cast)})`;
    case 'gte':
      return sql<boolean>`(${v} >= ${value}${sql.raw(cast)})`;
    case 'lt':
      return sql<boolean>`(${v} < ${value}${sql.raw(cast)})`;
    case 'lte':
      return sql<boolean>`(${v} <= ${value}${sql.raw(cast)})`;
    case 'between': {
      const [low, high] = value as [unknown, unknown];
      return sql<boolean>`(${v} BETWEEN ${low}${sql.raw(cast)} AND ${high}${sql.raw(cast)})`;
    }
    case 'hasAny':
      return sql<boolean>`(${v} && ${value}::text[])`;
    case 'hasAll':
      return sql<boolean>`(${v} @> ${value}::text[])`;
  }
}

function anyLike(v: RawBuilder<unknown>, fragments: string[], pattern: (fragment: string) => string): Bool {
  const tests = fragments.map((f) => sql<boolean>`${v} ILIKE ${pattern(f)}`);
  return sql<boolean>`(${sql.join(tests, sql` OR `)})`;
}

const CASTS: Record<FieldDef['type'], string> = {
  text: '::text',
  number: '::numeric',
  date: '::date',
  datetime: '::timestamptz',
  boolean: '::boolean',
  enum: '::text',
  array: '::text[]',
  id: '::uuid',
};

/** LIKE's wildcards in user input match themselves. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
