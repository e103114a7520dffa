import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { fetchPage } from '../../platform/http/pagination.ts';
import { FREE_MAIL_DOMAINS } from '../companies/index.ts';
import { pairsOfRecords } from './duplicates.matching.ts';
import {
  combinedScore,
  companyDedupeNameOf,
  companyNameRows,
  MAX_COMPANY,
  MAX_GROUP,
  type Reason,
  sameNumbers,
  similarNames,
} from './duplicates.rules.ts';

/**
 * Finds likely duplicates and records them as open candidates (once per pair; dismissed pairs are not
 * suggested again). People: the same e-mail or phone; the same name (letters in any order) or a very
 * similar one at the same company or e-mail domain, unless that domain is a free mail provider's:
 * two John Smiths at gmail.com are most often two people (at 1,000,000 demo people such pairs were
 * 8,680 of the 8,730 found by name and domain). Companies: a shared domain, or the same name
 * (the same words, or the same name once punctuation, joining words and legal forms are set aside).
 *
 * With `records`, only the pairs those records are in (duplicates.matching.ts: a record written
 * through the API, matched within seconds by the change consumer); without, the whole workspace.
 */
export async function scanDuplicates(
  tx: Tx,
  workspaceId: string,
  object: 'people' | 'companies',
  records?: readonly string[],
): Promise<number> {
  // Statements are prepared, and after five runs PostgreSQL may keep a generic plan, made without the
  // workspace or the records: matching 500 people then took 1.1 s instead of 10 ms (embedded).
  await sql`SET LOCAL plan_cache_mode = force_custom_plan`.execute(tx);
  let pairs: RawBuilder<unknown>;
  if (records) {
    // The planner guesses thousands of rows for each value looked up, so it costs the statement in
    // millions: JIT compiled it for 1.7 s, and workers were started, for a few dozen rows.
    await sql`SET LOCAL jit = off`.execute(tx);
    await sql`SET LOCAL max_parallel_workers_per_gather = 0`.execute(tx);
    pairs = pairsOfRecords(workspaceId, object, records);
  } else {
    // Only a whole scan tells the daily sweep what it has seen.
    await tx
      .insertInto('duplicate_scans')
      .values({ workspace_id: workspaceId, object_type: object, started_at: sql`now()` })
      .onConflict((oc) => oc.columns(['workspace_id', 'object_type']).doUpdateSet({ started_at: sql`now()` }))
      .execute();
    pairs = object === 'people' ? peoplePairs(workspaceId) : companyPairs(workspaceId);
  }
  const result = await sql`
    INSERT INTO duplicate_candidates (workspace_id, object_type, first_id, second_id, reasons, score)
    SELECT ${workspaceId}, ${object}, first_id, second_id, reasons, ${combinedScore(sql.ref('reasons'))}
    FROM (
      SELECT first_id, second_id, array_agg(DISTINCT reason ORDER BY reason) AS reasons
      FROM (${pairs}) pairs
      GROUP BY first_id, second_id
    ) grouped
    ON CONFLICT (workspace_id, object_type, first_id, second_id) DO UPDATE
      SET reasons = excluded.reasons, score = excluded.score, updated_at = now(), version = duplicate_candidates.version + 1
      WHERE duplicate_candidates.status = 'open'
        -- A score changes with its reasons, or with how reasons are weighed: a scan brings both up to date.
        AND (duplicate_candidates.reasons, duplicate_candidates.score) IS DISTINCT FROM (excluded.reasons, excluded.score)`.execute(
    tx,
  );
  return Number(result.numAffectedRows ?? 0);
}

function peoplePairs(ws: string) {
  const live = sql`workspace_id = ${ws} AND deleted_at IS NULL`;
  // Each person's values read once and paired by hashing: joined as subqueries, the planner met every
  // person with every other and unnested both per pair, guessing ten values a person (3,000 fresh
  // people: 2.5 s on PostgreSQL).
  const byValue = (column: string, reason: Reason) => sql`(
    WITH valued AS MATERIALIZED (SELECT id, v FROM people, unnest(${sql.ref(column)}) v WHERE ${live})
    SELECT x.id AS first_id, y.id AS second_id, ${reason}::text AS reason
    FROM valued x JOIN valued y ON x.v = y.v AND x.id < y.id
    WHERE x.v IN (SELECT v FROM valued GROUP BY v HAVING count(*) BETWEEN 2 AND ${MAX_GROUP}))`;
  // The few people without an e-mail, read once and paired by hashing: left to itself the planner
  // probed the trigram index once per person for an equal name (32 s at 1,000,000 people, 2.5 s so).
  const withoutEmail = sql`SELECT id, search_name, company_id FROM people WHERE ${live} AND email IS NULL OFFSET 0`;
  return sql`
    ${byValue('email_index', 'email')}
    UNION ALL ${byValue('phone_index', 'phone')}
    UNION ALL
    SELECT x.id, y.id, 'name_and_company'
    FROM people x JOIN people y ON y.workspace_id = x.workspace_id AND y.company_id = x.company_id AND x.id < y.id
      AND y.deleted_at IS NULL AND x.search_name <> '' AND y.search_name <> '' AND (${similarNames(sql.ref('x'), sql.ref('y'))})
    WHERE x.workspace_id = ${ws} AND x.deleted_at IS NULL AND x.company_id IN (
      SELECT company_id FROM people WHERE ${live} AND company_id IS NOT NULL GROUP BY company_id HAVING count(*) <= ${MAX_COMPANY})
    UNION ALL
    SELECT x.id, y.id, 'name_and_domain'
    FROM people x JOIN people y ON y.workspace_id = x.workspace_id AND x.id < y.id AND y.deleted_at IS NULL
      AND split_part(y.email, '@', 2) = split_part(x.email, '@', 2) AND x.name_keys = y.name_keys
      AND x.search_name <> '' AND y.search_name <> '' AND ${sameNumbers(sql.ref('x'), sql.ref('y'))}
    WHERE x.workspace_id = ${ws} AND x.deleted_at IS NULL AND x.email IS NOT NULL
      AND split_part(x.email, '@', 2) <> ALL (${[...FREE_MAIL_DOMAINS]}::text[])
      -- A name that many people at one domain share is a placeholder ("Test User"), not a person
      -- entered twice; as for shared values, such groups would pair by the thousand.
      AND (split_part(x.email, '@', 2), x.name_keys) IN (
        SELECT split_part(email, '@', 2), name_keys FROM people WHERE ${live} AND email IS NOT NULL
        GROUP BY 1, 2 HAVING count(*) BETWEEN 2 AND ${MAX_GROUP})
    UNION ALL
    SELECT x.id, y.id, 'name'
    FROM (${withoutEmail}) x JOIN (${withoutEmail}) y
      ON y.search_name = x.search_name AND x.id < y.id AND (x.company_id IS NULL OR y.company_id IS NULL)
    WHERE position(' ' in x.search_name) > 0`;
}

function companyPairs(ws: string) {
  const live = sql`workspace_id = ${ws} AND deleted_at IS NULL`;
  // A join on "the same name or the same name keys" probed both indexes for every company (over three
  // minutes for 200,000 companies). Each rule is its own hashed join: the name keys (the same words,
  // letters in any order), and the name as compared for duplicates (migration 0039: "Cormier, Stehr
  // and Smith" and "Cormier Stehr Smith Inc."), which also serves names of one-letter words. That one
  // is computed once a company: a join on the expression computed it four times a row (14 s at
  // 200,000 companies on PostgreSQL, 2.3 s so).
  const byDedupeName = sql`(
    WITH named AS MATERIALIZED (SELECT id, ${companyDedupeNameOf('')} AS n FROM companies WHERE ${live})
    SELECT x.id, y.id, 'name'
    FROM named x JOIN named y ON y.n = x.n AND x.id < y.id
    -- A name that many companies share is a chain's or a generic one, not a company entered twice.
    WHERE x.n IN (SELECT n FROM named WHERE n <> '' GROUP BY n HAVING count(*) BETWEEN 2 AND ${MAX_GROUP}))`;
  // Domains read once, as the people's values are (3,000 fresh companies: 9.6 s as two joined subqueries).
  const byDomain = sql`(
    WITH domained AS MATERIALIZED (SELECT id, d FROM companies, unnest(domains) d WHERE ${live})
    SELECT x.id AS first_id, y.id AS second_id, 'domain'::text AS reason
    FROM domained x JOIN domained y ON x.d = y.d AND x.id < y.id)`;
  const byNameKeys = sql`
    SELECT x.id, y.id, 'name'
    FROM companies x JOIN companies y ON y.workspace_id = x.workspace_id AND y.name_keys = x.name_keys
      AND x.id < y.id AND y.deleted_at IS NULL AND ${sameNumbers(sql.ref('x'), sql.ref('y'))}
    WHERE x.workspace_id = ${ws} AND x.deleted_at IS NULL AND ${companyNameRows('name_keys', 'x.')}
      AND x.name_keys IN (
        SELECT name_keys FROM companies WHERE ${live} AND ${companyNameRows('name_keys', '')}
        GROUP BY 1 HAVING count(*) BETWEEN 2 AND ${MAX_GROUP})`;
  return sql`
    ${byDomain}
    UNION ALL ${byDedupeName}
    UNION ALL ${byNameKeys}`;
}

export function listCandidates(
  tx: Tx,
  workspaceId: string,
  filter: {
    objectType: 'people' | 'companies';
    status: 'open' | 'dismissed' | 'merged';
    recordId?: string | undefined;
  },
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
    .where('status', '=', filter.status)
    .$if(filter.recordId !== undefined, (q) =>
      q.where((eb) =>
        eb.or([eb('first_id', '=', filter.recordId ?? ''), eb('second_id', '=', filter.recordId ?? '')]),
      ),
    );
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
