import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../db/transaction.ts';

/** Rows a list page needs: the size the walk of a common tag is planned for. */
const PAGE = 50;

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
