import { type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';
import { z } from 'zod';
import { AppError } from '../errors.ts';

export const MAX_LIMIT = 200;

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50).meta({ description: 'At most 200.' }),
  cursor: z.string().max(2000).optional().meta({ description: 'The nextCursor of the previous page.' }),
});

/** `sort=name` or `sort=-createdAt`, limited to the fields a list offers. */
export function sortParam<const K extends string>(fields: readonly [K, ...K[]], fallback: `${'' | '-'}${K}`) {
  const allowed = fields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];
  return z
    .enum(allowed)
    .default(fallback)
    .meta({ description: `One of ${fields.join(', ')}; a leading "-" sorts descending.` });
}

/**
 * A never-NULL sort key for a nullable column: `floor` where it is NULL. Written as CASE, not
 * coalesce: under row-level security PostgreSQL uses a cursor's condition on the index only when the
 * condition cannot leak, and it counts CASE and IS NULL as safe but not COALESCE (migration 0027).
 * An index that serves the sort must be built on this very expression.
 */
export function nullSortKey(column: string, floor: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`(CASE WHEN ${sql.ref(column)} IS NULL THEN ${floor} ELSE ${sql.ref(column)} END)`;
}

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), nextCursor: z.string().nullable() });

export interface PageRequest {
  limit: number;
  cursor: string | undefined;
  /** `name` or `-name`, already validated. */
  sort: string;
  /**
   * API field name → SQL column (qualified when the query joins) or expression. Expressions must never
   * be NULL (wrap nullable columns in nullSortKey, as their indexes do): keyset comparisons skip NULLs.
   */
  columns: Record<string, string | RawBuilder<unknown>>;
  /** The unique tie-breaker column, e.g. `t.id`. */
  idColumn: string;
}

interface Cursor {
  s: string;
  v: [string | null, string];
}

/**
 * Keyset pagination (no OFFSET): the next page starts after the last row's (sort value, id), so page
 * 10,000 costs what page 1 costs when an index covers (sort column, id). The cursor carries the sort
 * value as PostgreSQL prints it, keeping microsecond timestamps exact.
 */
export async function fetchPage<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  page: PageRequest,
): Promise<{ rows: O[]; nextCursor: string | null }> {
  const rows = (await pageQuery(query, page).execute()) as (O & {
    _sort_value: string | null;
    _sort_id: string;
  })[];
  const more = rows.length > page.limit;
  if (more) rows.pop();
  const last = rows.at(-1);
  return {
    rows,
    nextCursor: more && last ? encodeCursor({ s: page.sort, v: [last._sort_value, last._sort_id] }) : null,
  };
}

/** The statement fetchPage runs: one row more than the page, to tell whether another follows. */
export function pageQuery<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  page: PageRequest,
) {
  const descending = page.sort.startsWith('-');
  const field = descending ? page.sort.slice(1) : page.sort;
  const given = page.columns[field];
  if (!given) throw new AppError('validation_failed', `Cannot sort by ${field}.`);
  const column = typeof given === 'string' ? sql.ref(given) : given;
  const direction = descending ? sql`DESC` : sql`ASC`;
  let q = query
    .select(sql<string | null>`(${column})::text`.as('_sort_value'))
    .select(sql<string>`${sql.ref(page.idColumn)}::text`.as('_sort_id'))
    .orderBy(sql`${column} ${direction}`)
    .orderBy(sql`${sql.ref(page.idColumn)} ${direction}`)
    .limit(page.limit + 1);
  if (page.cursor) {
    const [value, id] = decodeCursor(page.cursor, page.sort).v;
    const comparison = descending ? sql`<` : sql`>`;
    q = q.where(
      sql<boolean>`(${column}, ${sql.ref(page.idColumn)}) ${comparison} (${value}, ${id})`,
    ) as typeof q;
  }
  return q;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

const CursorSchema = z.object({ s: z.string(), v: z.tuple([z.string().nullable(), z.string()]) });

function decodeCursor(raw: string, sort: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const result = CursorSchema.safeParse(parsed);
  if (!result.success)
    throw new AppError('validation_failed', 'The cursor is not valid.', {
      errors: [{ path: '/query/cursor', message: 'Not a cursor from this list.' }],
    });
  if (result.data.s !== sort) {
    throw new AppError('validation_failed', 'The cursor belongs to another sort order.', {
      errors: [{ path: '/query/cursor', message: 'Keep the same sort while paging.' }],
    });
  }
  return result.data;
}
