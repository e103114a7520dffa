import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../db/transaction.ts';
import { compileFilter } from './compile.ts';
import type { FieldMap } from './fields.ts';
import { type Filter, splitRequiredTags } from './filter.ts';

/** Rows a list page needs: the size the walk of a common tag is planned for. */
const PAGE = 50;
/** Required tags planned one by one (two estimates each); any further ones are tested row by row. */
const PLANNED_TAGS = 4;

/**
 * The condition "carries this tag", planned for the tag at hand (migration 0015). Collecting a tag's
 * ids from the GIN index (past row-level security, migration 0012) costs one read per tagged record;
 * walking the list's sort index and testing each row costs about PAGE / share reads for a page. The
 * walk wins once tagged² ≥ PAGE × everyone: "vip" on 54,000 of a million people took most of a second
 * as ids, and is a few hundred rows of walk. The counts are the planner's estimates, which cost no read.
 */
export async function tagCondition(
  tx: Tx,
  table: 'people' | 'companies',
  alias: 'p' | 'co',
  tag: string,
): Promise<RawBuilder<boolean>> {
  const estimate = await sql<{ tagged: number; everyone: number }>`
    SELECT tagged, everyone FROM rapport_tag_estimate(${table}, ${tag})`.execute(tx);
  const { tagged = 0, everyone = 0 } = estimate.rows[0] ?? {};
  if (tagged * tagged >= PAGE * everyone)
    return sql<boolean>`${sql.ref(`${alias}.tags`)} @> ARRAY[${tag}]::text[]`;
  const ids = sql.raw(`rapport_${table}_with_tag`);
  return sql<boolean>`${sql.ref(`${alias}.id`)} = ANY(ARRAY(SELECT ${ids}(${tag})))`;
}

/**
 * A filter as a condition, its required tags (`tags` hasAll …, at the top through `and`) planned like
 * `?tag=`: compiled whole, `tags @> …` is always the per-row test, which for a rare tag walks most of
 * the sort's index. The whole filter is compiled first so that its errors are reported as written.
 */
export async function filterCondition(
  tx: Tx,
  table: 'people' | 'companies',
  alias: 'p' | 'co',
  filter: Filter,
  fields: FieldMap,
): Promise<RawBuilder<boolean>> {
  const whole = compileFilter(filter, fields);
  const own = fields.get('tags');
  if (!own || own.via || own.type !== 'array') return whole;
  const { tags, rest } = splitRequiredTags(filter, 'tags');
  if (tags.length === 0) return whole;
  const planned = tags.slice(0, PLANNED_TAGS);
  const unplanned = tags.slice(PLANNED_TAGS);
  const parts: RawBuilder<boolean>[] = [];
  for (const tag of planned) parts.push(await tagCondition(tx, table, alias, tag));
  // Merged into rest's own `and`, so the remainder is never nested deeper than the filter was.
  const remaining: Filter[] = [
    ...(unplanned.length > 0 ? [{ field: 'tags', op: 'hasAll' as const, value: unplanned }] : []),
    ...(rest === undefined ? [] : 'and' in rest ? rest.and : [rest]),
  ];
  const [only] = remaining;
  if (only) parts.push(compileFilter(remaining.length === 1 ? only : { and: remaining }, fields));
  return sql<boolean>`(${sql.join(parts, sql` AND `)})`;
}
