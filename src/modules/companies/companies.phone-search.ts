import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import type { Actor } from '../access/index.ts';
import { internationalPhone, NATIONAL_READING, phoneMatch, readPhoneQuery } from '../people/index.ts';
import { workspaceSettings } from '../workspaces/workspaces.service.ts';
import type { matchingCompanies } from './companies.list.ts';

type CompanySelect = Awaited<ReturnType<typeof matchingCompanies>>['select'];

/** Numbers shared by more companies than this are not worth ranking: refine the query instead. */
const MAX_RESULTS = 1000;

/**
 * Companies by phone number, as people are found (people.search.ts): the query as written or read in
 * the workspace's country, and as another country's national format ("020 7946 0958" finds
 * +44 20 7946 0958 in a US workspace), each an exact look-up on an index (migration 0046). National
 * readings rank under the others; each hit says the number it was found by, written internationally.
 * Empty when the query cannot be any number stored. `select`: the companies the search may show.
 */
export async function searchCompaniesByPhone(
  tx: Tx,
  actor: Actor,
  q: string,
  select: CompanySelect,
  limit: number,
) {
  const { defaultCountry } = await workspaceSettings(tx, actor.workspaceId);
  const query = readPhoneQuery(q, defaultCountry);
  const numbers = [...query.exact];
  if (query.nationals.length > 0) {
    const stored = await sql<{ n: string }>`
      SELECT rapport_companies_phones_by_national(${query.nationals}::text[], ${MAX_RESULTS}) AS n`.execute(
      tx,
    );
    for (const { n } of stored.rows) if (!numbers.includes(n) && phoneMatch(query, n)) numbers.push(n);
  }
  if (numbers.length === 0) return [];
  const score = sql<number>`CASE WHEN co.phone = ANY(${query.exact}::text[]) THEN 1.0 ELSE ${NATIONAL_READING} END::float8`;
  const rows = await select
    .select(score.as('score'))
    .where(
      sql<boolean>`co.id = ANY(ARRAY(SELECT rapport_companies_with_phone(n) FROM unnest(${numbers}::text[]) n))`,
    )
    .orderBy(score, 'desc')
    .orderBy('co.name')
    .orderBy('co.id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, found_phone: row.phone ? internationalPhone(row.phone) : undefined }));
}
