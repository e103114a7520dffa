import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { fetchPage } from '../../platform/http/pagination.ts';
import { FREE_MAIL_DOMAINS } from '../companies/index.ts';

/** How sure a pair is a duplicate, by why it was found (the strongest reason counts). */
export const SCORES = {
  email: 0.95,
  phone: 0.85,
  domain: 0.8,
  name_and_company: 0.75,
  name_and_domain: 0.7,
  name: 0.6,
} as const;
/** Groups larger than this (a shared info@ address, a huge company) are not paired: too many pairs, too little signal. */
const MAX_GROUP = 50;

/**
 * Finds likely duplicates and records them as open candidates (once per pair; dismissed pairs are not
 * suggested again). People: the same e-mail or phone; the same name (letters in any order) or a very
 * similar one at the same company or e-mail domain, unless that domain is a free mail provider's:
 * two John Smiths at gmail.com are most often two people (at 1,000,000 demo people such pairs were
 * 8,680 of the 8,730 found by name and domain). Companies: a shared domain, or the same name.
 */
export async function scanDuplicates(
  tx: Tx,
  workspaceId: string,
  object: 'people' | 'companies',
): Promise<number> {
  const pairs = object === 'people' ? peoplePairs(workspaceId) : companyPairs(workspaceId);
  await tx
    .insertInto('duplicate_scans')
    .values({ workspace_id: workspaceId, object_type: object, started_at: sql`now()` })
    .onConflict((oc) => oc.columns(['workspace_id', 'object_type']).doUpdateSet({ started_at: sql`now()` }))
    .execute();
  const result = await sql`
    INSERT INTO duplicate_candidates (workspace_id, object_type, first_id, second_id, reasons, score)
    SELECT ${workspaceId}, ${object}, first_id, second_id, array_agg(DISTINCT reason ORDER BY reason), max(score)
    FROM (${pairs}) pairs
    GROUP BY first_id, second_id
    ON CONFLICT (workspace_id, object_type, first_id, second_id) DO UPDATE
      SET reasons = excluded.reasons, score = excluded.score, updated_at = now(), version = duplicate_candidates.version + 1
      WHERE duplicate_candidates.status = 'open' AND duplicate_candidates.reasons IS DISTINCT FROM excluded.reasons`.execute(
    tx,
  );
  return Number(result.numAffectedRows ?? 0);
}

function peoplePairs(ws: string) {
  const live = sql`workspace_id = ${ws} AND deleted_at IS NULL`;
  const byValue = (column: string, reason: keyof typeof SCORES) => sql`
    SELECT x.id AS first_id, y.id AS second_id, ${reason}::text AS reason, ${SCORES[reason]}::numeric AS score
    FROM (SELECT id, v FROM people, unnest(${sql.ref(column)}) v WHERE ${live}) x
    JOIN (SELECT id, v FROM people, unnest(${sql.ref(column)}) v WHERE ${live}) y ON x.v = y.v AND x.id < y.id
    WHERE x.v IN (SELECT v FROM people, unnest(${sql.ref(column)}) v WHERE ${live} GROUP BY v HAVING count(*) BETWEEN 2 AND ${MAX_GROUP})`;
  // The few people without an e-mail, read once and paired by hashing: left to itself the planner
  // probed the trigram index once per person for an equal name (32 s at 1,000,000 people, 2.5 s so).
  const withoutEmail = sql`SELECT id, search_name, company_id FROM people WHERE ${live} AND email IS NULL OFFSET 0`;
  return sql`
    ${byValue('email_index', 'email')}
    UNION ALL ${byValue('phone_index', 'phone')}
    UNION ALL
    SELECT x.id, y.id, 'name_and_company', ${SCORES.name_and_company}::numeric
    FROM people x JOIN people y ON y.workspace_id = x.workspace_id AND y.company_id = x.company_id AND x.id < y.id
      AND y.deleted_at IS NULL AND x.search_name <> '' AND (x.name_keys = y.name_keys
        -- A long shared surname makes "Pieter van der Linden" and "Vera van der Linden" similar:
        -- a misspelt name keeps its first letter more often than not.
        OR (similarity(x.search_name, y.search_name) >= 0.6 AND left(x.search_name, 1) = left(y.search_name, 1)))
    WHERE x.workspace_id = ${ws} AND x.deleted_at IS NULL AND x.company_id IN (
      SELECT company_id FROM people WHERE ${live} AND company_id IS NOT NULL GROUP BY company_id HAVING count(*) <= ${MAX_GROUP * 10})
    UNION ALL
    SELECT x.id, y.id, 'name_and_domain', ${SCORES.name_and_domain}::numeric
    FROM people x JOIN people y ON y.workspace_id = x.workspace_id AND x.id < y.id AND y.deleted_at IS NULL
      AND split_part(y.email, '@', 2) = split_part(x.email, '@', 2) AND x.name_keys = y.name_keys AND x.search_name <> ''
    WHERE x.workspace_id = ${ws} AND x.deleted_at IS NULL AND x.email IS NOT NULL
      AND split_part(x.email, '@', 2) <> ALL (${[...FREE_MAIL_DOMAINS]}::text[])
      -- A name that many people at one domain share is a placeholder ("Test User"), not a person
      -- entered twice; as for shared values, such groups would pair by the thousand.
      AND (split_part(x.email, '@', 2), x.name_keys) IN (
        SELECT split_part(email, '@', 2), name_keys FROM people WHERE ${live} AND email IS NOT NULL
        GROUP BY 1, 2 HAVING count(*) BETWEEN 2 AND ${MAX_GROUP})
    UNION ALL
    SELECT x.id, y.id, 'name', ${SCORES.name}::numeric
    FROM (${withoutEmail}) x JOIN (${withoutEmail}) y
      ON y.search_name = x.search_name AND x.id < y.id AND (x.company_id IS NULL OR y.company_id IS NULL)
    WHERE position(' ' in x.search_name) > 0`;
}

function companyPairs(ws: string) {
  const live = sql`workspace_id = ${ws} AND deleted_at IS NULL`;
  return sql`
    SELECT x.id AS first_id, y.id AS second_id, 'domain'::text AS reason, ${SCORES.domain}::numeric AS score
    FROM (SELECT id, d FROM companies, unnest(domains) d WHERE ${live}) x
    JOIN (SELECT id, d FROM companies, unnest(domains) d WHERE ${live}) y ON x.d = y.d AND x.id < y.id
    UNION ALL
    SELECT x.id, y.id, 'name', ${SCORES.name}::numeric
    FROM companies x JOIN companies y ON y.workspace_id = x.workspace_id AND x.id < y.id AND y.deleted_at IS NULL
      AND (y.search_name = x.search_name OR (x.name_keys = y.name_keys AND cardinality(x.name_keys) > 0))
    WHERE x.workspace_id = ${ws} AND x.deleted_at IS NULL`;
}

export function listCandidates(
  tx: Tx,
  workspaceId: string,
  filter: { objectType: 'people' | 'companies'; status: 'open' | 'dismissed' | 'merged' },
  page: { limit: number; cursor: string | undefined },
) {
  const select = tx
    .selectFrom('duplicate_candidates')
    .select([
      'id',
      'object_type',
      'first_id',
      'second_id',
      'reasons',
      'score',
      'status',
      'created_at',
      'updated_at',
      'version',
    ])
    .where('workspace_id', '=', workspaceId)
    .where('object_type', '=', filter.objectType)
    .where('status', '=', filter.status);
  return fetchPage(select, { ...page, sort: '-score', columns: { score: sql`score` }, idColumn: 'id' });
}

export async function setCandidateStatus(
  tx: Tx,
  workspaceId: string,
  id: string,
  status: 'open' | 'dismissed',
) {
  const row = await tx
    .updateTable('duplicate_candidates')
    .set({ status, updated_at: sql`now()`, version: sql`version + 1` })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('status', '<>', 'merged')
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such open candidate.');
  return row;
}
