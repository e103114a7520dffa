import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../db/transaction.ts';

/** Beyond this many records a tag is common: filtering the sorted walk beats collecting its ids. */
const COMMON_TAG = 2000;

/**
 * The condition "carries this tag", planned for the tag at hand (migration 0015). A rare tag is
 * looked up in the GIN index (past row-level security, migration 0012) and its few ids joined back;
 * a common one ("vip" on 5% of a million people) is tested row by row while the list walks its sort
 * index, which stops after a page: collecting 54,000 ids first took most of a second.
 */
export async function tagCondition(
  tx: Tx,
  table: 'people' | 'companies',
  alias: 'p' | 'co',
  tag: string,
): Promise<RawBuilder<boolean>> {
  const count = sql.raw(`rapport_${table}_tag_count`);
  const probe = await sql<{ n: number }>`SELECT ${count}(${tag}, ${COMMON_TAG}) AS n`.execute(tx);
  const column = sql.ref(`${alias}.tags`);
  if ((probe.rows[0]?.n ?? 0) >= COMMON_TAG) return sql<boolean>`${column} @> ARRAY[${tag}]::text[]`;
  const ids = sql.raw(`rapport_${table}_with_tag`);
  return sql<boolean>`${sql.ref(`${alias}.id`)} = ANY(ARRAY(SELECT ${ids}(${tag})))`;
}
